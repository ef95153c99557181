package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.DeliveryBatchSent;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryOutcome.Rejected;
import io.tsutawaru.notifier.delivery.DeliveryOutcome.Retry;
import io.tsutawaru.notifier.delivery.DeliveryOutcome.Sent;
import io.tsutawaru.notifier.notice.NoticeDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Delivers one queued batch: skips it when another worker already finished it, retries what the channel asks to
 * retry (honouring its delay) up to the channel's limit, and records the outcome before the entry is
 * acknowledged, so a crash at any point leaves the batch to be claimed again rather than lost.
 */
@Component
class BatchDelivery {

	private static final Logger log = LoggerFactory.getLogger(BatchDelivery.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

	private final BatchTable batches;

	private final NoticeDocuments documents;

	private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);

	private final LineFallback fallback;

	private final ApplicationEventPublisher events;

	BatchDelivery(BatchTable batches, NoticeDocuments documents, List<DeliveryChannel> channels, LineFallback fallback,
			ApplicationEventPublisher events) {
		this.batches = batches;
		this.documents = documents;
		channels.forEach(channel -> this.channels.put(channel.channel(), channel));
		this.fallback = fallback;
		this.events = events;
	}

	void deliver(long batchId) {
		BatchTable.Row row = batches.find(batchId).orElse(null);
		if (row == null || !BatchTable.PLANNED.equals(row.state())) {
			return;
		}
		DeliveryBatch batch = row.batch();
		DeliveryChannel channel = channels.get(batch.channel());
		if (channel == null) {
			finish(row, BatchTable.FAILED, 0, row.planned(), "No " + batch.channel().id() + " channel is configured");
			return;
		}
		PublishedNotice notice = documents.revision(batch.noticeId(), batch.revision());
		int attempts = row.attempts();
		while (true) {
			attempts++;
			batches.attempted(batchId);
			DeliveryOutcome outcome = attempt(channel, batch, notice);
			boolean lastAttempt = attempts >= channel.maxAttempts();
			switch (outcome) {
				case Sent sent -> {
					// A broadcast reaches every follower counted when it was planned.
					finish(row, BatchTable.SENT, batch.broadcast() ? row.planned() : sent.sent(), sent.failed().size(), sent.failed().isEmpty() ? null : summary(sent.failed()));
					return;
				}
				case Rejected rejected -> {
					finish(row, BatchTable.FAILED, 0, row.planned(), rejected.reason());
					return;
				}
				case Retry retry when lastAttempt -> {
					finish(row, BatchTable.FAILED, 0, row.planned(), "Gave up after " + channel.maxAttempts() + " attempts: " + retry.reason());
					return;
				}
				case Retry retry -> {
					log.info("Batch {} on {} will be retried in {}: {}", batchId, batch.channel().id(), retry.after(), retry.reason());
					LockSupport.parkNanos(min(retry.after(), LONGEST_WAIT).toNanos());
				}
			}
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

	private void finish(BatchTable.Row row, String state, int sent, int failed, String error) {
		DeliveryBatch batch = row.batch();
		if (batch.channel() == Channel.LINE && BatchTable.FAILED.equals(state)) {
			fallback.finishWithEmail(row, error, batches);
		}
		else if (!batches.finish(batch.id(), state, sent, failed, error)) {
			return;
		}
		if (failed > 0) {
			log.warn("Batch {} on {}: {} failed: {}", batch.id(), batch.channel().id(), failed, error);
		}
		events.publishEvent(new DeliveryBatchSent(batch.noticeId(), batch.revision(), batch.channel(), sent, failed, Instant.now()));
	}

	/** Reasons per address are in email_deliveries; the batch keeps a count, never the addresses. */
	private static String summary(Map<String, String> failed) {
		return failed.size() + " recipient(s) refused, e.g. " + failed.values().iterator().next();
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) < 0 ? a : b;
	}

}
