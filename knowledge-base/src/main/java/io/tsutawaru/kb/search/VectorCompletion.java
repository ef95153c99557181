package io.tsutawaru.kb.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the vectors of the entries an import wrote without them. Embedding is the slow
 * part of an import (docs/benchmarks.md: 10,000 entries with two alternatives each take a
 * hundred seconds of model time, their words ten); so the words are searchable at once
 * and the vectors follow here, a few hundred entries at a time, each batch stored with
 * its entries as soon as it is embedded. One coordinating thread and a fixed number of
 * embedding threads, whatever the number of imports; a restart finds the entries still
 * pending in the index and carries on, and texts embedded before come from the cache.
 */
final class VectorCompletion {

	private static final Logger log = LoggerFactory.getLogger(VectorCompletion.class);

	/** Entries embedded and stored together: a few seconds of model time. */
	private static final int BATCH = 400;

	private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

	private final FaqIndex index;

	private final SemanticIndexing semantic;

	private final AtomicBoolean running = new AtomicBoolean();

	private ExecutorService coordinator;

	private ExecutorService embedders;

	private volatile boolean stopped;

	VectorCompletion(FaqIndex index, SemanticIndexing semantic) {
		this.index = index;
		this.semantic = semantic;
	}

	/** Starts completing the pending vectors, unless that already runs. */
	synchronized void start() {
		if (stopped || !running.compareAndSet(false, true)) {
			return;
		}
		if (coordinator == null) {
			// The lowest priority: with the service's JVM options (bin/java-options.sh)
			// that is nice 19, so the import itself, searches and webhooks come first.
			coordinator = Executors.newSingleThreadExecutor(
					Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("kb-vectors").factory());
			embedders = Executors.newFixedThreadPool(threads(),
					Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("kb-vectors-embed-", 0).factory());
		}
		coordinator.execute(this::completeAll);
	}

	private void completeAll() {
		boolean again;
		do {
			boolean drained = complete();
			running.set(false);
			// An import that came while the last batch was stored found this still
			// running and left its entries here.
			again = drained && !stopped && index.pendingVectors() > 0 && running.compareAndSet(false, true);
		}
		while (again);
	}

	/**
	 * Embeds and stores batches until none is pending.
	 * @return false when it had to give up (stopped, or an error): the next change or
	 * start tries again
	 */
	private boolean complete() {
		long started = System.nanoTime();
		long lastReport = started;
		int total = index.pendingVectors();
		int done = 0;
		log.info("FAQ vectors: computing those of {} entries in the background on {} threads; "
				+ "until then they are found by their words", total, threads());
		try {
			while (!stopped) {
				var batch = index.pendingEntries(BATCH);
				if (batch.isEmpty()) {
					break;
				}
				var embedded = semantic.vectors()
					.embedMissing(index.textsToEmbed(batch), embedders, threads(), () -> stopped);
				if (stopped) {
					return false;
				}
				int attached = index.attachVectors(batch);
				if (attached == 0 && embedded.isEmpty()) {
					log.warn("FAQ vectors: {} entries still wait for theirs but nothing could be added; "
							+ "the next change tries again", index.pendingVectors());
					return false;
				}
				done += attached;
				long now = System.nanoTime();
				if (now - lastReport >= PROGRESS_EVERY_NANOS) {
					lastReport = now;
					log.info("FAQ vectors: {} of {} entries ({} s)", done, Math.max(total, done),
							TimeUnit.NANOSECONDS.toSeconds(now - started));
				}
			}
			if (!stopped) {
				log.info("FAQ vectors complete: {} entries in {} ms", done,
						TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			}
			return !stopped;
		}
		catch (AlreadyClosedException e) {
			// The index closed meanwhile (shutdown); the pending entries are stored
			// as such and a restart carries on.
			return false;
		}
		catch (RuntimeException e) {
			// Searches rank those entries by words meanwhile; the next change or restart
			// tries again.
			if (!stopped) {
				log.warn("FAQ vectors: stopped with {} entries still waiting for theirs", index.pendingVectors(), e);
			}
			return false;
		}
	}

	private int threads() {
		return Math.max(1, semantic.backgroundThreads());
	}

	/**
	 * Stops, leaving what is still pending to the next start. Nothing is interrupted (an
	 * interrupted write can break a Lucene index): the chunks being embedded finish, a
	 * batch being stored is stored, then the threads end.
	 */
	synchronized void stop() {
		stopped = true;
		if (coordinator != null) {
			coordinator.shutdown();
			embedders.shutdown();
			try {
				if (!coordinator.awaitTermination(30, TimeUnit.SECONDS)) {
					log.warn("FAQ vectors: still embedding 30 s after the index was asked to close");
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
