package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.LockSupport;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.delivery.DeliveryOutcome.Rejected;
import io.tsutawaru.notifier.delivery.DeliveryOutcome.Retry;
import io.tsutawaru.notifier.delivery.DeliveryOutcome.Sent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Delivers one queued batch: skips it when another worker already finished it, retries
 * what the channel asks to retry (honouring its delay) up to the channel's limit, and
 * records the outcome before the entry is acknowledged, so a crash at any point leaves
 * the batch to be claimed again rather than lost. A worker sends a batch only while it
 * holds the batch's lease in the database (renewed while it sends), so a batch is never
 * sent by two live workers at once, whatever the queue hands out twice (an entry claimed
 * from a worker that was only slow, a batch queued again when Redis lost its streams); a
 * lease that is not renewed runs out and the batch is taken again.
 */
@Component
class BatchDelivery {

	private static final Logger log = LoggerFactory.getLogger(BatchDelivery.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

	/**
	 * Tells a restarted process's workers from their former selves, whose leases must run
	 * out first.
	 */
	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private final BatchTable batches;

	private final PublishedNotices documents;

	private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);

	private final LineFallback fallback;

	private final PlanCompletion completion;

	private final TaskScheduler heartbeats;

	private final Duration heartbeat;

	/**
	 * A little shorter than the queue's claim timeout, renewed at each heartbeat (a third
	 * of it): when a worker dies its lease has run out by the time its entry is claimed,
	 * so the claiming worker can send the batch at once.
	 */
	private final Duration lease;

	private final DeliveryMeters meters;

	private final AnsweredBeforeSending answered;

	BatchDelivery(BatchTable batches, PublishedNotices documents, List<DeliveryChannel> channels, LineFallback fallback,
			PlanCompletion completion, NotifierProperties properties, DeliveryMeters meters,
			AnsweredBeforeSending answered, @Qualifier("deliveryScheduler") TaskScheduler heartbeats) {
		this.heartbeats = heartbeats;
		this.answered = answered;
		this.meters = meters;
		this.heartbeat = properties.fanOut().claimIdle().dividedBy(3);
		this.lease = properties.fanOut().claimIdle().minus(heartbeat.dividedBy(2));
		this.batches = batches;
		this.documents = documents;
		channels.forEach(channel -> this.channels.put(channel.channel(), channel));
		this.fallback = fallback;
		this.completion = completion;
	}

	/**
	 * @param batchId the batch to deliver
	 * @param worker who delivers it (the queue's consumer), named in the batch's lease
	 * @param stillWorking called while the batch is sent or waits for a retry, so that
	 * the queue does not hand it to another worker as abandoned
	 * @return whether the queue's entry is done with: false when another live worker
	 * holds the batch's lease, so the entry stays pending and is looked at again once
	 * that worker finished the batch or died
	 */
	boolean deliver(long batchId, String worker, Runnable stillWorking) {
		String holder = worker + "@" + RUN;
		if (!batches.lease(batchId, holder, Instant.now().plus(lease))) {
			return batches.find(batchId).map(row -> !BatchTable.PLANNED.equals(row.state())).orElse(true);
		}
		Runnable alive = () -> {
			stillWorking.run();
			if (!batches.renewLease(batchId, holder, Instant.now().plus(lease))) {
				log.warn("Batch {} lost its lease while being sent (this worker stalled longer than the lease)",
						batchId);
			}
		};
		BatchTable.Row row = batches.find(batchId).orElse(null);
		if (row == null || !BatchTable.PLANNED.equals(row.state())) {
			return true;
		}
		send(row, alive);
		return true;
	}

	private void send(BatchTable.Row planned, Runnable stillWorking) {
		BatchTable.Row row = answered.screen(planned);
		DeliveryBatch batch = row.batch();
		long batchId = batch.id();
		PublishedNotice notice = documents.revision(batch.noticeId(), batch.revision());
		if (row.escalation() && batch.recipients().isEmpty()) {
			// Everyone in it answered before it was sent: the ledger's skipped_answered
			// says so; nothing is sent (an empty batch would be a broadcast).
			finish(row, notice, BatchTable.SENT, 0, 0, null);
			return;
		}
		DeliveryChannel channel = channels.get(batch.channel());
		if (channel == null) {
			finish(row, notice, BatchTable.FAILED, 0, row.planned(),
					"No " + batch.channel().id() + " channel is configured");
			return;
		}
		int attempts = row.attempts();
		while (true) {
			attempts++;
			batches.attempted(batchId);
			meters.attempting(batch, notice);
			DeliveryOutcome outcome = attemptWhileTelling(stillWorking, channel, batch, notice);
			boolean lastAttempt = attempts >= channel.maxAttempts();
			switch (outcome) {
				case Sent sent -> {
					// A broadcast reaches every follower counted when it was planned.
					finish(row, notice, BatchTable.SENT, batch.broadcast() ? row.planned() : sent.sent(),
							sent.failed().size(), sent.failed().isEmpty() ? null : summary(sent.failed()));
					return;
				}
				case Rejected rejected -> {
					finish(row, notice, BatchTable.FAILED, 0, row.planned(), rejected.reason());
					return;
				}
				case Retry retry when lastAttempt -> {
					finish(row, notice, BatchTable.FAILED, 0, row.planned(),
							"Gave up after " + channel.maxAttempts() + " attempts: " + retry.reason());
					return;
				}
				case Retry retry -> {
					meters.batch(batch.channel(), "retried");
					Duration wait = backoff(retry.after(), attempts);
					log.info("Batch {} on {} will be retried in {}: {}", batchId, batch.channel().id(), wait,
							retry.reason());
					waitFor(wait, stillWorking);
				}
			}
		}
	}

	/**
	 * Sending a batch can take longer than the claim timeout (an e-mail batch throttled
	 * for a small mail server, a LINE call waiting 30 s), and a batch idle that long is
	 * taken over by another worker, which would send it a second time. So the queue hears
	 * that the batch is still being worked on while the channel sends it, too.
	 */
	private DeliveryOutcome attemptWhileTelling(Runnable stillWorking, DeliveryChannel channel, DeliveryBatch batch,
			PublishedNotice notice) {
		ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
			try {
				stillWorking.run();
			}
			catch (RuntimeException ex) {
				// Redis unreachable for a moment: the next beat tries again; the send
				// itself goes on.
				log.debug("Heartbeat of a batch failed: {}", ex.toString());
			}
		}, Instant.now().plus(heartbeat), heartbeat);
		try {
			return attempt(channel, batch, notice);
		}
		finally {
			beat.cancel(false);
		}
	}

	private static DeliveryOutcome attempt(DeliveryChannel channel, DeliveryBatch batch, PublishedNotice notice) {
		try {
			return channel.deliver(batch, notice);
		}
		catch (RuntimeException ex) {
			return new Retry(Duration.ofSeconds(2), ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private void finish(BatchTable.Row row, PublishedNotice notice, String state, int sent, int failed, String error) {
		DeliveryBatch batch = row.batch();
		if (batch.channel() == Channel.LINE && BatchTable.FAILED.equals(state)) {
			if (!fallback.finishWithEmail(row, notice, error, batches)) {
				return;
			}
		}
		else if (!batches.finish(batch.id(), state, sent, failed, error)) {
			return;
		}
		meters.batch(batch.channel(), BatchTable.SENT.equals(state) ? "sent" : "failed");
		meters.recipients(batch.channel(), sent, failed);
		if (failed > 0) {
			log.warn("Batch {} on {}: {} failed: {}", batch.id(), batch.channel().id(), failed, error);
		}
		completion.batchFinished(batch, sent, failed);
	}

	/**
	 * Reasons per address are in email_deliveries; the batch keeps a count, never the
	 * addresses.
	 */
	private static String summary(Map<String, String> failed) {
		return failed.size() + " recipient(s) refused, e.g. " + failed.values().iterator().next();
	}

	/**
	 * The channel's delay (e.g. LINE's Retry-After) at least, growing exponentially with
	 * the attempts so that a gateway that is down is not hammered, and never more than
	 * {@link #LONGEST_WAIT}.
	 */
	static Duration backoff(Duration asked, int attempts) {
		Duration exponential = Duration.ofMillis(500L << Math.min(attempts - 1, 12));
		Duration wait = asked.compareTo(exponential) > 0 ? asked : exponential;
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	private void waitFor(Duration wait, Runnable stillWorking) {
		long end = System.nanoTime() + wait.toNanos();
		long remaining;
		while ((remaining = end - System.nanoTime()) > 0) {
			LockSupport.parkNanos(Math.min(remaining, heartbeat.toNanos()));
			stillWorking.run();
		}
	}

}
