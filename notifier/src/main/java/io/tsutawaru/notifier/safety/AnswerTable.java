package io.tsutawaru.notifier.safety;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.tsutawaru.notifier.HelpRequest;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers.ChannelTally;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code safety_answers}: one per notice and resident. */
@Repository
class AnswerTable {

	private static final int NOTE_LIMIT = 500;

	private final JdbcClient jdbc;

	AnswerTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the answer: an update of the resident's row when there is one, else an
	 * insert; an insert that loses a race against another tap of the same resident (the
	 * primary key refuses it) becomes the update. No vendor upsert, so the same SQL runs
	 * on H2 and PostgreSQL, and the key, not the code, guarantees one row.
	 */
	void upsert(long noticeId, long subscriberId, SafetyAnswer answer, String channel, Instant at) {
		if (update(noticeId, subscriberId, answer, channel, at)) {
			return;
		}
		try {
			jdbc.sql(
					"INSERT INTO safety_answers (notice_id, subscriber_id, answer, channel, answered_at) VALUES (?, ?, ?, ?, ?)")
				.params(noticeId, subscriberId, answer.id(), channel, at(at))
				.update();
		}
		catch (DuplicateKeyException raced) {
			update(noticeId, subscriberId, answer, channel, at);
		}
	}

	private boolean update(long noticeId, long subscriberId, SafetyAnswer answer, String channel, Instant at) {
		return jdbc.sql(
				"UPDATE safety_answers SET answer = ?, channel = ?, answered_at = ? WHERE notice_id = ? AND subscriber_id = ?")
			.params(answer.id(), channel, at(at), noticeId, subscriberId)
			.update() == 1;
	}

	void share(long noticeId, long subscriberId, Double latitude, Double longitude, String note) {
		String kept = note == null || note.isBlank() ? null
				: note.strip().length() > NOTE_LIMIT ? note.strip().substring(0, NOTE_LIMIT) : note.strip();
		jdbc.sql("UPDATE safety_answers SET latitude = COALESCE(?, latitude), longitude = COALESCE(?, longitude), "
				+ "note = COALESCE(?, note) WHERE notice_id = ? AND subscriber_id = ? AND answer = ?")
			.params(latitude, longitude, kept, noticeId, subscriberId, SafetyAnswer.HELP.id())
			.update();
	}

	/** Answers per area (null for none) and answer word. */
	List<Counted> perArea(long noticeId) {
		return jdbc
			.sql("SELECT s.area, a.answer, COUNT(*) FROM safety_answers a JOIN subscribers s ON s.id = a.subscriber_id "
					+ "WHERE a.notice_id = ? GROUP BY s.area, a.answer")
			.param(noticeId)
			.query((rs, n) -> new Counted(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	List<ChannelTally> perChannel(long noticeId) {
		return jdbc
			.sql("SELECT channel, answer, COUNT(*) FROM safety_answers WHERE notice_id = ? GROUP BY channel, answer "
					+ "ORDER BY channel, answer")
			.param(noticeId)
			.query((rs, n) -> new ChannelTally(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	List<HelpRequest> help(long noticeId) {
		return jdbc
			.sql("SELECT a.subscriber_id, s.area, a.channel, a.answered_at, a.latitude, a.longitude, a.note, "
					+ "a.handled_by, a.handled_at FROM safety_answers a JOIN subscribers s ON s.id = a.subscriber_id "
					+ "WHERE a.notice_id = ? AND a.answer = ? ORDER BY a.answered_at DESC, a.subscriber_id")
			.params(noticeId, SafetyAnswer.HELP.id())
			.query((rs, n) -> new HelpRequest(rs.getLong(1), rs.getString(2), rs.getString(3),
					instant(rs.getObject(4, OffsetDateTime.class)), (Double) rs.getObject(5), (Double) rs.getObject(6),
					rs.getString(7), rs.getString(8), instant(rs.getObject(9, OffsetDateTime.class))))
			.list();
	}

	boolean handled(long noticeId, long subscriberId, String staff, Instant at) {
		return jdbc
			.sql("UPDATE safety_answers SET handled_by = ?, handled_at = ? WHERE notice_id = ? AND subscriber_id = ? "
					+ "AND answer = ?")
			.params(staff, at(at), noticeId, subscriberId, SafetyAnswer.HELP.id())
			.update() == 1;
	}

	/** Published notices that ask something and were not cancelled, newest first. */
	List<Long> askingNotices(int limit) {
		return jdbc
			.sql("SELECT id FROM notices WHERE revision > 0 AND confirmation <> 'NONE' AND state <> 'CANCELLED' "
					+ "ORDER BY sent_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query(Long.class)
			.list();
	}

	record Counted(String area, String answer, long residents) {
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

}
