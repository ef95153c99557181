package io.tsutawaru.kb.wiring;

import io.tsutawaru.kb.editing.FaqEditing;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.store.FaqStore;
import io.tsutawaru.kb.transfer.ParsedEntries;
import io.tsutawaru.kb.transfer.SampleKnowledgeBase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Keeps the index in step with the database: on start (after the migrations, before the
 * web server takes requests) it loads the sample into an empty database and rebuilds a
 * stale index; then it checks now and then for changes another process made to the shared
 * database.
 */
final class IndexSynchronizer implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndexSynchronizer.class);

	private final FaqStore store;

	private final FaqIndex index;

	private final FaqEditing editing;

	private final KbProperties properties;

	private ScheduledExecutorService checks;

	IndexSynchronizer(FaqStore store, FaqIndex index, FaqEditing editing, KbProperties properties) {
		this.store = store;
		this.index = index;
		this.editing = editing;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int filled = store.fillListColumns();
		if (filled > 0) {
			log.info("FAQ list: sort keys and template flags computed for {} entries", filled);
		}
		if (properties.loadSample() && store.isEmpty()) {
			var sample = SampleKnowledgeBase.entries();
			var rows = IntStream.range(0, sample.size())
				.mapToObj(i -> new ParsedEntries.Row(i + 1, sample.get(i)))
				.toList();
			var report = editing.importEntries(new ParsedEntries(rows, java.util.List.of()),
					SampleKnowledgeBase.SOURCE);
			log.info("Empty knowledge base: loaded {} sample FAQ entries ({})", report.imported(),
					SampleKnowledgeBase.ATTRIBUTION);
		}
		synchronize();
		// Vectors an earlier run left pending are computed now that the accepted
		// phrasings are known.
		index.completeVectors();
		Duration interval = properties.syncInterval();
		if (!interval.isZero()) {
			checks = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kb-index-sync").factory());
			checks.scheduleWithFixedDelay(this::synchronizeQuietly, interval.toMillis(), interval.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	/** Rebuilds the index when it does not reflect the database as it is now. */
	void synchronize() {
		String fingerprint = store.fingerprint();
		if (index.fingerprint().filter(fingerprint::equals).isEmpty()) {
			long started = System.nanoTime();
			var entries = store.list();
			index.rebuild(entries, fingerprint);
			log.info("FAQ index rebuilt from the database: {} entries in {} ms", entries.size(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
	}

	private void synchronizeQuietly() {
		try {
			synchronize();
		}
		catch (RuntimeException e) {
			// The next check tries again; searches keep using the last good index
			// meanwhile.
			log.warn("Could not bring the FAQ index up to date with the database", e);
		}
	}

	@Override
	public void destroy() {
		if (checks != null) {
			checks.shutdownNow();
		}
	}

}
