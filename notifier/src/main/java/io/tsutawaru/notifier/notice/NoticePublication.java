package io.tsutawaru.notifier.notice;

import java.time.Instant;

import io.tsutawaru.notifier.NoticeCancelled;
import io.tsutawaru.notifier.NoticeIssued;
import io.tsutawaru.notifier.NoticeNotFoundException;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.NoticeStateException.Problem;
import io.tsutawaru.notifier.NoticeUpdated;
import io.tsutawaru.notifier.PublishedNotice.MessageType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a version of a notice: the version row, the notice's new state and revision,
 * the audit entry and the event the delivery planner acts on once the transaction has
 * committed.
 */
@Component
class NoticePublication {

	private final JdbcClient jdbc;

	private final NoticeTable notices;

	private final NoticeDocuments documents;

	private final NoticeAuditLog audit;

	private final ApplicationEventPublisher events;

	private final CancellationText cancellations;

	NoticePublication(JdbcClient jdbc, NoticeTable notices, NoticeDocuments documents, NoticeAuditLog audit,
			ApplicationEventPublisher events, CancellationText cancellations) {
		this.cancellations = cancellations;
		this.jdbc = jdbc;
		this.notices = notices;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Publishes the next version. The revision in the WHERE clause makes two processes
	 * (or two staff members) racing on the same notice publish it once.
	 * @param detail for the audit trail; for a cancellation, the reason, which the
	 * cancellation says too
	 */
	@Transactional
	public int publish(long noticeId, MessageType type, String actor, String detail) {
		// Locked before reading: what is published is what the notice says now, never
		// what it said before an edit
		// that sent it back to approval (the edit holds the same lock).
		notices.lock(noticeId);
		NoticeRow row = notices.find(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
		if (type == MessageType.ALERT && row.state() != NoticeState.SCHEDULED) {
			throw new NoticeStateException(Problem.NOT_SCHEDULED, String.valueOf(noticeId), row.state().name());
		}
		int revision = row.revision() + 1;
		Instant now = Instant.now();
		NoticeState state = type == MessageType.CANCEL ? NoticeState.CANCELLED : NoticeState.SENDING;
		int changed = jdbc
			.sql("UPDATE notices SET revision = ?, state = ?, sent_at = COALESCE(sent_at, ?), updated_at = ? "
					+ "WHERE id = ? AND revision = ?" + (type == MessageType.ALERT ? " AND state = 'SCHEDULED'" : ""))
			.params(revision, state.name(), NoticeTable.at(now), NoticeTable.at(now), noticeId, row.revision())
			.update();
		if (changed == 0) {
			throw new NoticeStateException(Problem.CHANGED_MEANWHILE, String.valueOf(noticeId));
		}
		if (type == MessageType.CANCEL) {
			documents.write(noticeId, revision, type, cancellations.of(row.draft(), row.sentAt(), detail), detail, now);
		}
		else {
			documents.write(noticeId, revision, type, row.draft(), null, now);
		}
		audit.record(noticeId, actor, type == MessageType.ALERT ? "sending" : type.name().toLowerCase(), detail);
		events.publishEvent(switch (type) {
			case ALERT -> new NoticeIssued(noticeId, revision, now);
			case UPDATE -> new NoticeUpdated(noticeId, revision, now);
			case CANCEL -> new NoticeCancelled(noticeId, revision, now);
		});
		return revision;
	}

}
