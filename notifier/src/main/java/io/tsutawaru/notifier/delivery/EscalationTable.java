package io.tsutawaru.notifier.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code notice_escalations}: one per notice, so a notice is escalated once
 * whatever its revisions and however many processes try. Starting is an insert the
 * primary key lets one process make; planning is leased to one process at a time; each
 * chunk moves the cursor with a conditional update in the chunk's own transaction.
 */
@Repository
class EscalationTable {

	private final JdbcClient jdbc;

	EscalationTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the notice's escalation is finished (or was ended early). */
	boolean finished(long noticeId) {
		return find(noticeId).map(Row::done).orElse(false);
	}

	/** Starts the notice's escalation with this version; nothing when it was started. */
	void start(long noticeId, int revision, Instant now) {
		jdbc.sql("INSERT INTO notice_escalations (notice_id, revision, started_at) VALUES (?, ?, ?) "
				+ "ON CONFLICT DO NOTHING")
			.params(noticeId, revision, at(now))
			.update();
	}

	/**
	 * Takes (or renews) the lease on an unfinished escalation; false while another
	 * process holds one that has not run out, or when it is finished.
	 */
	boolean lease(long noticeId, String holder, Instant until) {
		return jdbc.sql(
				"UPDATE notice_escalations SET leased_by = ?, leased_until = ? WHERE notice_id = ? AND done_at IS NULL "
						+ "AND (leased_until IS NULL OR leased_until < ? OR leased_by = ?)")
			.params(holder, at(until), noticeId, at(Instant.now()), holder)
			.update() == 1;
	}

	Optional<Row> find(long noticeId) {
		return jdbc
			.sql("SELECT revision, subscriber_cursor, done_at, line, email, no_other_channel FROM notice_escalations "
					+ "WHERE notice_id = ?")
			.param(noticeId)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class) != null,
					rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.optional();
	}

	/**
	 * Moves the cursor past a chunk just written and adds its figures, finishing the
	 * escalation when it was the last; false when another planner moved the cursor
	 * meanwhile (the chunk is then rolled back with the transaction).
	 */
	boolean move(long noticeId, long from, EscalationBatches.Chunk chunk) {
		Instant now = Instant.now();
		return jdbc
			.sql("UPDATE notice_escalations SET subscriber_cursor = ?, line = line + ?, email = email + ?, "
					+ "no_other_channel = no_other_channel + ?, done_at = ? WHERE notice_id = ? "
					+ "AND subscriber_cursor = ? AND done_at IS NULL")
			.params(chunk.lastSubscriberId(), chunk.line(), chunk.email(), chunk.noOtherChannel(),
					chunk.complete() ? at(now) : null, noticeId, from)
			.update() == 1;
	}

	/** Ends an escalation early: its notice was cancelled. */
	void stop(long noticeId) {
		jdbc.sql("UPDATE notice_escalations SET done_at = ? WHERE notice_id = ? AND done_at IS NULL")
			.params(at(Instant.now()), noticeId)
			.update();
	}

	/**
	 * Residents the escalation's batches were sent to, per channel, as the ledger says.
	 */
	List<Sent> sent(long noticeId) {
		return jdbc
			.sql("SELECT channel, SUM(sent), SUM(failed) FROM delivery_batches WHERE notice_id = ? AND escalation "
					+ "GROUP BY channel")
			.param(noticeId)
			.query((rs, n) -> new Sent(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * An escalation: the version sent again, the last subscriber planned, whether it is
	 * finished, and the residents planned per channel or found with no other channel.
	 */
	record Row(int revision, long cursor, boolean done, long line, long email, long noOtherChannel) {

		/**
		 * Whether a chunk was planned: a notice cancelled before its wait was over has a
		 * row, finished, that never started.
		 */
		boolean started() {
			return cursor > 0;
		}

	}

	record Sent(String channel, long sent, long failed) {
	}

}
