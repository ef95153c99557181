package io.tsutawaru.jma.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Polls the configured PULL feeds, then fetches and acts on every telegram not yet done,
 * one poll at a time, with a fixed pause between polls. Whatever a feed or a telegram
 * does (slow, down, garbage) is recorded and logged, and the next poll comes: nothing
 * that arrives from outside can stop the poller.
 */
@Component
class FeedPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	/** Telegrams looked at per poll: a feed's worth; more wait for the next poll. */
	private static final int PENDING_PER_POLL = 200;

	private final FeedProperties properties;

	private final FeedClient client;

	private final FeedLedger ledger;

	private final TelegramIntake intake;

	private final Environment environment;

	private final Clock clock;

	private final ReentrantLock polling = new ReentrantLock();

	/**
	 * The last answer of each feed, to record and log a change once instead of every
	 * poll.
	 */
	private final Map<String, String> lastProblem = new ConcurrentHashMap<>();

	private SimpleAsyncTaskScheduler scheduler;

	FeedPoller(FeedProperties properties, FeedClient client, FeedLedger ledger, TelegramIntake intake,
			Environment environment, Clock clock) {
		this.properties = properties;
		this.client = client;
		this.ledger = ledger;
		this.intake = intake;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public synchronized void start() {
		if (properties.feeds().isEmpty() || scheduler != null) {
			return;
		}
		scheduler = new SimpleAsyncTaskScheduler();
		scheduler.setVirtualThreads(true);
		scheduler.setThreadNamePrefix("jma-feeds-");
		scheduler.scheduleWithFixedDelay(this::poll, properties.pollInterval());
	}

	/**
	 * After the web server: the sandbox's stand-in feeds are served by this very process.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.close();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

	/** One poll of every feed and every telegram not yet done; never throws. */
	void poll() {
		// Waits rather than skips: the scheduler never overlaps its own runs, and a poll
		// asked for by a test must happen.
		polling.lock();
		try {
			for (String feed : properties.feeds()) {
				guarded("feed " + feed, () -> read(feed));
			}
			guarded("pending telegrams", this::takePending);
		}
		finally {
			polling.unlock();
		}
	}

	private void read(String configured) {
		String feed = environment.resolvePlaceholders(configured);
		URI uri;
		try {
			uri = URI.create(feed);
		}
		catch (IllegalArgumentException ex) {
			checked(feed, null, "not a URL");
			return;
		}
		Download download = client.get(uri, ledger.lastModified(feed).orElse(null), properties.maxFeedSize().toBytes());
		switch (download) {
			case Download.NotModified notModified -> checked(feed, null, null);
			case Download.Failed failed -> checked(feed, null, failed.problem());
			case Download.Fresh fresh -> {
				AtomEntries.Reading reading = AtomEntries.read(fresh.body(), uri);
				int added = 0;
				Instant now = clock.instant();
				for (AtomEntries.Entry entry : reading.entries()) {
					added += ledger.seen(entry, feed, now, now.minus(properties.maxAge())) ? 1 : 0;
				}
				if (added > 0 || reading.skipped() > 0) {
					log.info("JMA feed {}: {} new entries, {} skipped", feed, added, reading.skipped());
				}
				// A feed that is garbage keeps its old Last-Modified: it is read again in
				// full next time.
				checked(feed, reading.problem() == null ? fresh.lastModified() : null, reading.problem());
			}
		}
	}

	private void checked(String feed, String lastModified, String problem) {
		String before = lastProblem.put(feed, Objects.requireNonNullElse(problem, ""));
		boolean changed = !Objects.equals(before, Objects.requireNonNullElse(problem, ""));
		if (changed && problem != null) {
			log.warn("JMA feed {}: {}", feed, problem);
		}
		else if (changed && before != null) {
			log.info("JMA feed {} answers again", feed);
		}
		// A feed that answers 304 as before is not written down every poll; a problem is,
		// so that what another
		// process recorded for the same feed never hides it.
		if (changed || lastModified != null || problem != null) {
			ledger.checked(feed, lastModified, problem, clock.instant());
		}
	}

	private void takePending() {
		List<FeedLedger.Pending> pending = ledger.pending(PENDING_PER_POLL);
		for (FeedLedger.Pending entry : pending) {
			guarded("telegram " + entry.key(), () -> take(entry));
		}
	}

	private void take(FeedLedger.Pending entry) {
		Download download = client.get(entry.link(), null, properties.maxTelegramSize().toBytes());
		if (download instanceof Download.Fresh fresh) {
			try {
				intake.take(entry, fresh.body());
				return;
			}
			catch (RuntimeException ex) {
				failed(entry, "could not act: " + ex.getClass().getSimpleName());
				log.warn("JMA telegram {} could not be acted on (attempt {})", entry.key(), entry.attempts() + 1, ex);
				return;
			}
		}
		failed(entry, download instanceof Download.Failed failed ? failed.problem() : "answered 304 without asking");
	}

	private void failed(FeedLedger.Pending entry, String problem) {
		if (entry.attempts() + 1 >= properties.fetchAttempts()) {
			intake.giveUp(entry, problem);
		}
		else {
			ledger.failed(entry.id(), problem);
		}
	}

	/**
	 * Runs one step; whatever it throws is logged and the poll goes on with the next feed
	 * or telegram.
	 */
	private static void guarded(String what, Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.warn("JMA {}: {}", what, ex.getClass().getSimpleName(), ex);
		}
	}

}
