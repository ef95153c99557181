package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalation (issue 18): when a notice that asks has been out for its
 * {@code escalateAfterMinutes} (counted from its first publication, by the city's clock),
 * the residents it reached who have not answered get its latest version again on their
 * other channel, once per notice whatever its revisions. The batches are written
 * set-based in chunks of subscribers ({@link EscalationBatches}), each committed with the
 * cursor on the notice's escalation row and queued at once, so a crash midway is
 * continued from the cursor and never repeated; the row's lease keeps a second process
 * from planning the same escalation meanwhile, and the cursor's conditional move would
 * roll its chunk back if it did. A cancelled notice is not escalated, and one cancelled
 * while escalating stops.
 */
@Component
class EscalationPlanner {

	private static final Logger log = LoggerFactory.getLogger(EscalationPlanner.class);

	/** Subscribers per chunk: a few seconds of work at most, committed and queued. */
	static final int CHUNK = 25_000;

	/**
	 * How long a planner holds an escalation without a chunk written: well above a
	 * chunk's time, so only a planner that died loses it.
	 */
	static final Duration LEASE = Duration.ofSeconds(60);

	/** The shortest wait a notice may set: notices sent later cannot be due. */
	private static final Duration SHORTEST_WAIT = Duration.ofMinutes(1);

	/**
	 * How late an escalation may still start: the longest wait and a day more, for a
	 * service that was down when it was due. Older notices are over; reaching their
	 * residents again would only confuse them.
	 */
	static final Duration LATEST = Duration.ofMinutes(NoticeDraft.MAX_ESCALATE_AFTER_MINUTES).plusDays(1);

	private final EscalationTable escalations;

	private final EscalationBatches batches;

	private final PublishedNotices documents;

	private final DeliveryPlanner planner;

	private final TransactionTemplate transactions;

	EscalationPlanner(EscalationTable escalations, EscalationBatches batches, PublishedNotices documents,
			DeliveryPlanner planner, TransactionTemplate transactions) {
		this.escalations = escalations;
		this.batches = batches;
		this.documents = documents;
		this.planner = planner;
		this.transactions = transactions;
	}

	/** Escalates every notice due at {@code now}; each notice on its own. */
	void escalateDue(Instant now) {
		// The notices come through the notifier's public API: delivery reads no notice
		// row of its own (issue 19).
		for (long noticeId : documents.askingFirstPublishedBetween(now.minus(LATEST), now.minus(SHORTEST_WAIT))) {
			if (escalations.finished(noticeId)) {
				continue;
			}
			try {
				escalate(noticeId, now);
			}
			catch (InvalidSegmentRuleException ex) {
				// An area taken out of the catalog since: who the notice reached cannot
				// be
				// told any more, so it is not escalated rather than tried every tick.
				log.warn("Notice {} is not escalated: its rule is no longer valid ({})", noticeId, ex.getMessage());
				escalations.stop(noticeId);
			}
			catch (RuntimeException ex) {
				// The next tick tries again from the cursor.
				log.error("Escalating notice {} failed", noticeId, ex);
			}
		}
	}

	/**
	 * Escalates the notice if it is due at {@code now} and no other planner holds its
	 * escalation.
	 * @return whether this call planned (part of) it
	 */
	boolean escalate(long noticeId, Instant now) {
		return escalate(noticeId, now, CHUNK);
	}

	boolean escalate(long noticeId, Instant now, int chunkSize) {
		PublishedNotice latest = documents.latest(noticeId).orElse(null);
		if (latest == null) {
			return false;
		}
		if (!escalates(latest)) {
			// Cancelled, or a test notice: it is never escalated, so it is done with.
			escalations.start(noticeId, latest.revision(), now);
			escalations.stop(noticeId);
			return false;
		}
		Duration wait = Duration.ofMinutes(latest.content().escalateAfterMinutes());
		if (latest.firstPublishedAt().plus(wait).isAfter(now)) {
			return false;
		}
		escalations.start(noticeId, latest.revision(), now);
		String holder = UUID.randomUUID().toString();
		if (!escalations.lease(noticeId, holder, Instant.now().plus(LEASE))) {
			return false;
		}
		int revision = escalations.find(noticeId).orElseThrow().revision();
		PublishedNotice version = revision == latest.revision() ? latest : documents.revision(noticeId, revision);
		boolean emergency = version.content().severity() == Severity.EMERGENCY;
		while (true) {
			EscalationBatches.Chunk chunk = chunk(noticeId, holder, version, chunkSize);
			if (chunk == null) {
				return true;
			}
			planner.enqueue(chunk.batchIds(), emergency);
			if (chunk.complete()) {
				return true;
			}
			if (documents.latest(noticeId).map(notice -> notice.type() == MessageType.CANCEL).orElse(false)) {
				escalations.stop(noticeId);
				return true;
			}
		}
	}

	/**
	 * Writes the chunk after the escalation's cursor and moves the cursor, in one
	 * transaction; null when the escalation is finished, or another planner took the
	 * lease or moved the cursor meanwhile.
	 */
	EscalationBatches.Chunk chunk(long noticeId, String holder, PublishedNotice version, int size) {
		return transactions.execute(status -> {
			EscalationTable.Row row = escalations.find(noticeId).orElseThrow();
			if (row.done() || !escalations.lease(noticeId, holder, Instant.now().plus(LEASE))) {
				return null;
			}
			EscalationBatches.Chunk written = batches.write(version, version.firstPublishedAt(), row.cursor(), size);
			if (!escalations.move(noticeId, row.cursor(), written)) {
				status.setRollbackOnly();
				return null;
			}
			return written;
		});
	}

	/**
	 * A real notice that asks, may escalate and is not cancelled; a test notice went to
	 * the test group only.
	 */
	private static boolean escalates(PublishedNotice notice) {
		return notice.type() != MessageType.CANCEL && notice.content().confirmation().asks()
				&& notice.content().escalateAfterMinutes() != null && notice.content().status() != AlertStatus.TEST;
	}

}
