package io.tsutawaru.notifier.delivery;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import io.tsutawaru.notifier.NotifierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The in-process workers: each reads batches from the consumer group, delivers them and
 * acknowledges them, and when idle claims batches a dead worker left behind. Besides
 * them, emergency workers wait for emergency batches only, so an alert never waits for a
 * worker busy with a routine broadcast. Any number of processes run them against the same
 * Redis and database; {@code tsutawaru.notifier.fan-out.workers=0} makes a process that
 * only plans.
 *
 * <p>
 * The workers are threads of their own, each a loop, on purpose: each is one consumer of
 * the group that blocks on its stream read and holds its entries while it sends, and
 * stopping lets the batch in hand finish (up to {@link #STOP_WAIT}) rather than
 * interrupting a send midway, as an executor's shutdown would. The ledger's sweep is a
 * task every five seconds on the notifier's {@code deliveryScheduler}.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

	private static final Duration BLOCK = Duration.ofMillis(200);

	private static final Duration SWEEP = Duration.ofSeconds(5);

	/**
	 * How long stopping waits for the threads in all: a batch being sent is left pending
	 * for another worker.
	 */
	private static final Duration STOP_WAIT = Duration.ofSeconds(5);

	private final DeliveryQueue queue;

	private final BatchDelivery delivery;

	private final LedgerSweeper sweeper;

	private final NotifierProperties.FanOut settings;

	private final TaskScheduler scheduler;

	private final List<Thread> threads = new ArrayList<>();

	private ScheduledFuture<?> sweeping;

	private volatile boolean running;

	DeliveryWorkers(DeliveryQueue queue, BatchDelivery delivery, LedgerSweeper sweeper, NotifierProperties properties,
			@Qualifier("deliveryScheduler") TaskScheduler scheduler) {
		this.scheduler = scheduler;
		this.queue = queue;
		this.delivery = delivery;
		this.sweeper = sweeper;
		this.settings = properties.fanOut();
	}

	@Override
	public synchronized void start() {
		if (settings.workers() == 0) {
			return;
		}
		queue.prepare();
		running = true;
		String process = ManagementFactory.getRuntimeMXBean().getName();
		for (int i = 0; i < settings.workers(); i++) {
			String consumer = process + "-" + i;
			threads.add(Thread.ofPlatform().name("delivery-worker-" + i).daemon().start(() -> work(consumer, false)));
		}
		for (int i = 0; i < settings.emergencyWorkers(); i++) {
			String consumer = process + "-emergency-" + i;
			threads.add(Thread.ofPlatform().name("emergency-worker-" + i).daemon().start(() -> work(consumer, true)));
		}
		sweeping = scheduler.scheduleWithFixedDelay(this::sweep, Instant.now().plus(SWEEP), SWEEP);
	}

	/**
	 * @param emergenciesOnly whether this worker waits for emergency batches only (and
	 * leaves abandoned batches to the others), so that it is free the moment an alert
	 * arrives
	 */
	private void work(String consumer, boolean emergenciesOnly) {
		long lastClaim = 0;
		while (running) {
			try {
				List<DeliveryQueue.Entry> entries = emergenciesOnly ? queue.nextEmergency(consumer, 1, BLOCK)
						: queue.next(consumer, 1, BLOCK);
				if (entries.isEmpty() && !emergenciesOnly
						&& System.nanoTime() - lastClaim > settings.claimIdle().toNanos() / 4) {
					lastClaim = System.nanoTime();
					entries = queue.claimAbandoned(consumer, settings.claimIdle(), 10);
				}
				for (DeliveryQueue.Entry entry : entries) {
					if (delivery.deliver(entry.batchId(), consumer, () -> queue.touch(entry, consumer))) {
						queue.ack(entry);
					}
				}
			}
			catch (RuntimeException ex) {
				if (running) {
					// Redis or the database is unavailable: the entry stays pending and
					// is claimed again later.
					log.warn("Delivery worker {} failed; retrying shortly: {}", consumer, ex.toString());
					pause(Duration.ofSeconds(1));
				}
			}
		}
	}

	private void sweep() {
		try {
			sweeper.sweep();
		}
		catch (RuntimeException ex) {
			if (running) {
				log.warn("Ledger sweep failed: {}", ex.toString());
			}
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (sweeping != null) {
			sweeping.cancel(false);
		}
		long deadline = System.nanoTime() + STOP_WAIT.toNanos();
		try {
			for (Thread thread : threads) {
				long left = deadline - System.nanoTime();
				if (left > 0) {
					thread.join(Duration.ofNanos(left));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		threads.clear();
		sweeping = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
