package io.tsutawaru.bot.webhook;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.tsutawaru.bot.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Handles the events of the {@link EventQueue}: one reader takes new entries of every
 * partition (and, from time to time, those a dead process left unfinished) and hands each
 * to its partition's thread, which processes it and then acknowledges it. One reader,
 * rather than one per partition, keeps a single Redis connection waiting in a blocking
 * read instead of one per partition. Entries read but not yet acknowledged stay pending
 * in Redis, so a crash loses none of them.
 */
@Component
class EventWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventWorkers.class);

	private static final int BATCH = 50;

	/**
	 * Events read and not yet handled in this process; beyond it the reader waits,
	 * leaving the rest in Redis.
	 */
	private static final int MAX_IN_FLIGHT = 1000;

	private static final Duration BLOCK = Duration.ofSeconds(1);

	private final EventQueue queue;

	private final EventProcessor processor;

	private final EventCodec codec;

	private final Duration reclaimAfter;

	/** Unique per process, so that the consumer group tells the processes apart. */
	private final String consumer = ManagementFactory.getRuntimeMXBean().getName() + "-"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

	/**
	 * Held while an event is handled: fewer than the partitions, so the handling leaves a
	 * processor to the web server's acknowledgements
	 * ({@link BotProperties.Webhook#concurrency()}).
	 */
	private final Semaphore handlingSlots;

	/** How many permits {@link #handlingSlots} has. */
	private final int concurrency;

	/**
	 * Keys of the entries this process is handling, so a reclaim never takes one of its
	 * own twice.
	 */
	private final Set<String> handling = ConcurrentHashMap.newKeySet();

	private final List<ExecutorService> partitions = new ArrayList<>();

	private Thread reader;

	private volatile boolean running;

	EventWorkers(EventQueue queue, EventProcessor processor, EventCodec codec, BotProperties properties) {
		this.queue = queue;
		this.processor = processor;
		this.codec = codec;
		this.reclaimAfter = properties.webhook().reclaimAfter();
		this.concurrency = concurrency(properties.webhook().concurrency(), Runtime.getRuntime().availableProcessors(),
				BackgroundPriority.passedToOperatingSystem());
		this.handlingSlots = new Semaphore(concurrency);
	}

	/**
	 * How many events are handled at a time. Answering an event waits on the database,
	 * Redis and LINE as long as it computes (a safety answer: one upsert, one reply), so
	 * on a two-core machine one answering thread kept up with 120 events a second against
	 * the 200 of a disaster's answers (docs/benchmarks.md, "Safety answers"); one more
	 * thread than processors keeps them busy. That many may compete with the webhook's
	 * acknowledgements only when the answering yields to them (lowest priority, passed to
	 * Linux); otherwise a processor is kept free for the acknowledgements, since a
	 * webhook call that waits makes LINE time out and deliver again.
	 * @param configured {@code tsutawaru.bot.webhook.concurrency}; 0 to choose
	 */
	static int concurrency(int configured, int processors, boolean answeringYields) {
		if (configured > 0) {
			return configured;
		}
		return answeringYields ? processors + 1 : Math.max(1, processors - 1);
	}

	@Override
	public void start() {
		for (int partition = 0; partition < queue.partitions(); partition++) {
			String name = "bot-events-" + partition;
			partitions.add(Executors.newSingleThreadExecutor(task -> backgroundThread(task, name)));
		}
		BackgroundPriority.explainIfIgnored(log);
		log.info("Answering residents' webhook events {} at a time", concurrency);
		running = true;
		reader = Thread.ofPlatform().name("bot-events-reader").start(this::read);
	}

	private void read() {
		long nextClaim = System.nanoTime();
		boolean prepared = false;
		while (running) {
			try {
				if (!prepared) {
					// Here rather than in start(): a Redis that is down at start-up
					// delays the events, not the service.
					queue.prepare();
					prepared = true;
				}
				if (System.nanoTime() - nextClaim >= 0) {
					List<EventQueue.Entry> abandoned = queue.claimAbandoned(consumer, reclaimAfter, BATCH,
							handling::contains);
					if (!abandoned.isEmpty()) {
						log.info("Took over {} webhook events left unfinished", abandoned.size());
					}
					abandoned.forEach(entry -> dispatch(entry, true));
					nextClaim = System.nanoTime() + reclaimAfter.toNanos() / 2;
				}
				int room = inFlight.availablePermits();
				if (room == 0) {
					Thread.sleep(10);
					continue;
				}
				queue.read(consumer, Math.min(BATCH, room), BLOCK).forEach(entry -> dispatch(entry, false));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (running) {
					log.warn("Reading webhook events failed, retrying: {}", ex.toString());
					pause();
				}
			}
		}
	}

	private void dispatch(EventQueue.Entry entry, boolean reclaimed) {
		if (!handling.add(entry.key())) {
			log.debug("Webhook event {} is already being handled", entry.key());
			return;
		}
		log.debug("Handling webhook event {}{}", entry.key(), reclaimed ? " (taken over)" : "");
		inFlight.acquireUninterruptibly();
		partitions.get(entry.partition()).execute(() -> {
			try {
				handle(entry, reclaimed);
				queue.ack(entry);
				log.debug("Webhook event {} acknowledged", entry.key());
			}
			catch (RuntimeException ex) {
				// Not acknowledged: the entry stays pending and is taken over again
				// later.
				log.warn("Webhook event {} not acknowledged: {}", entry.recordId(), ex.toString());
			}
			finally {
				handling.remove(entry.key());
				inFlight.release();
			}
		});
	}

	/**
	 * Answering runs at the lowest priority: a backlog of events waits safely in Redis,
	 * while a webhook call that waits for a processor makes LINE time out and deliver
	 * again. Java thread priorities reach Linux only when the JVM is started with the
	 * options of {@link BackgroundPriority}.
	 */
	private static Thread backgroundThread(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	}

	private void handle(EventQueue.Entry entry, boolean reclaimed) {
		handlingSlots.acquireUninterruptibly();
		try {
			codec.decode(entry.json()).ifPresent(event -> processor.process(event, reclaimed));
		}
		finally {
			handlingSlots.release();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(BLOCK);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Lets the events being handled finish; those not yet handled stay pending in Redis
	 * for another process.
	 */
	@Override
	public void stop() {
		running = false;
		try {
			reader.join(BLOCK.multipliedBy(5));
			for (ExecutorService partition : partitions) {
				partition.shutdown();
			}
			for (ExecutorService partition : partitions) {
				if (!partition.awaitTermination(15, TimeUnit.SECONDS)) {
					partition.shutdownNow();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		partitions.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * After the web server has stopped taking webhooks (its phases are higher) and before
	 * the Redis connection factory closes (phase 0).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
