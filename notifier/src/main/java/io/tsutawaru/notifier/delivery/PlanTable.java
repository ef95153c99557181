package io.tsutawaru.notifier.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.tsutawaru.notifier.NoticeCancelled;
import io.tsutawaru.notifier.NoticeIssued;
import io.tsutawaru.notifier.NoticeUpdated;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code delivery_plans}: per notice, the latest published version to deliver and
 * how far its plan got. The delivery's own state, so nothing of it is written on the
 * notice's row. Claiming a stage, or moving the cursor of the recipients, is one
 * conditional update of this row, so a plan is written once even when several processes
 * try.
 */
@Repository
class PlanTable {

	/**
	 * The first stage: the documents (website, CAP, L-Alert, radio) and a LINE broadcast.
	 */
	static final String FIRST_STAGE = "planned_revision";

	/** The recipients, planned whole or in chunks after a cursor. */
	static final String RECIPIENTS = "recipients_planned_revision";

	private final JdbcClient jdbc;

	PlanTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A version was published: recorded in the publication's own transaction (a plain
	 * listener, not one after the commit), so a version that is published is always one
	 * the delivery knows it must plan, even when the process dies the moment the
	 * publication commits. The publication holds the notice's row lock, so two
	 * publications of one notice never race here.
	 */
	@EventListener
	void on(NoticeIssued issued) {
		request(issued.noticeId(), issued.revision(), issued.at());
	}

	@EventListener
	void on(NoticeUpdated updated) {
		request(updated.noticeId(), updated.revision(), updated.at());
	}

	@EventListener
	void on(NoticeCancelled cancelled) {
		request(cancelled.noticeId(), cancelled.revision(), cancelled.at());
	}

	private void request(long noticeId, int revision, Instant at) {
		int updated = jdbc
			.sql("UPDATE delivery_plans SET revision = ?, requested_at = ? WHERE notice_id = ? AND revision < ?")
			.params(revision, at(at), noticeId, revision)
			.update();
		if (updated == 0 && jdbc.sql("SELECT COUNT(*) FROM delivery_plans WHERE notice_id = ?")
			.param(noticeId)
			.query(Long.class)
			.single() == 0) {
			jdbc.sql("INSERT INTO delivery_plans (notice_id, revision, requested_at) VALUES (?, ?, ?)")
				.params(noticeId, revision, at(at))
				.update();
		}
	}

	/**
	 * Claims a stage of a version for this planner; false when another planner claimed it
	 * (or a later version).
	 */
	boolean claim(long noticeId, int revision, String stage) {
		return jdbc.sql("UPDATE delivery_plans SET " + stage + " = ? WHERE notice_id = ? AND " + stage + " < ?")
			.params(revision, noticeId, revision)
			.update() == 1;
	}

	/**
	 * Whether a stage of a version (or of a later one) is claimed already: read without a
	 * lock, to skip its work.
	 */
	boolean claimed(long noticeId, int revision, String stage) {
		return jdbc.sql("SELECT " + stage + " FROM delivery_plans WHERE notice_id = ?")
			.param(noticeId)
			.query(Integer.class)
			.optional()
			.orElse(0) >= revision;
	}

	/** Where the recipients' plan of a notice stands. */
	Cursor cursor(long noticeId) {
		return jdbc
			.sql("SELECT recipients_planned_revision, recipients_cursor_revision, recipients_cursor "
					+ "FROM delivery_plans WHERE notice_id = ?")
			.param(noticeId)
			.query((rs, n) -> new Cursor(rs.getInt(1), rs.getInt(2), rs.getLong(3)))
			.single();
	}

	/**
	 * Moves the cursor past a chunk just written, and marks the recipients planned when
	 * it was the last; false when another planner moved it meanwhile (the chunk is then
	 * rolled back with the transaction).
	 */
	boolean move(long noticeId, Cursor from, int revision, long lastSubscriberId, boolean complete) {
		return jdbc.sql("UPDATE delivery_plans SET recipients_cursor_revision = ?, recipients_cursor = ?, "
				+ "recipients_progress_at = ?, recipients_planned_revision = ? WHERE notice_id = ? "
				+ "AND recipients_planned_revision = ? AND recipients_cursor_revision = ? AND recipients_cursor = ?")
			.params(revision, lastSubscriberId, at(Instant.now()), complete ? revision : from.plannedRevision(),
					noticeId, from.plannedRevision(), from.revision(), from.lastSubscriberId())
			.update() == 1;
	}

	/**
	 * Versions whose plan was never written or stopped midway: requested before
	 * {@code before} and no chunk written since then.
	 */
	List<Version> unplanned(Instant before) {
		return jdbc
			.sql("SELECT notice_id, revision FROM delivery_plans WHERE "
					+ "(planned_revision < revision OR recipients_planned_revision < revision) AND requested_at < ? "
					+ "AND (recipients_progress_at IS NULL OR recipients_progress_at < ?)")
			.params(at(before), at(before))
			.query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2)))
			.list();
	}

	/**
	 * Latest versions planned whole and with no batch left to send whose end was not
	 * announced yet.
	 */
	List<Version> finishedUnannounced() {
		return jdbc.sql("SELECT p.notice_id, p.revision FROM delivery_plans p WHERE p.announced_revision < p.revision "
				+ "AND p.planned_revision >= p.revision AND p.recipients_planned_revision >= p.revision AND NOT EXISTS "
				+ "(SELECT 1 FROM delivery_batches b WHERE b.notice_id = p.notice_id AND b.revision = p.revision "
				+ "AND b.state = 'PLANNED')")
			.query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2)))
			.list();
	}

	void announced(long noticeId, int revision) {
		jdbc.sql("UPDATE delivery_plans SET announced_revision = ? WHERE notice_id = ? AND announced_revision < ?")
			.params(revision, noticeId, revision)
			.update();
	}

	private static Object at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * The recipients planned up to a version, and the last subscriber planned of the
	 * version being planned.
	 */
	record Cursor(int plannedRevision, int revision, long lastSubscriberId) {
	}

	/** A published version of a notice. */
	record Version(long noticeId, int revision) {
	}

}
