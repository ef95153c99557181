package io.tsutawaru.jma.action;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One event, one notice ({@code jma_events}). The event is the {@code EventID} within its
 * kind of telegram, the two earthquake reports (震度速報, then 震源・震度に関する情報) being one kind:
 * the second updates what the first sent. Called inside the telegram's transaction: the
 * row is locked while the telegram is acted on, and a new event's row is inserted with
 * its notice, so two processes acting on two reports of one new event at once make one
 * notice (the second insert fails, its transaction and notice roll back, and its telegram
 * is tried again as an update).
 */
@Component
class EventNotices {

	private final JdbcClient jdbc;

	EventNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The notice an event produced.
	 *
	 * @param noticeId the notice, or null when the event's 取消 arrived before any report
	 * of it
	 * @param cancelledThrough the ReportDateTime of the event's latest 取消, or null when
	 * none was received
	 */
	record EventNotice(String key, Long noticeId, boolean cancelled, OffsetDateTime cancelledThrough) {

		/** Whether a report issued at this time is one a 取消 already withdrew. */
		boolean withdrew(OffsetDateTime reported) {
			return cancelled && cancelledThrough != null && reported != null && !reported.isAfter(cancelledThrough);
		}

	}

	/**
	 * The event's key, or empty when the telegram names no event (each such telegram
	 * stands alone).
	 */
	static Optional<String> key(Telegram telegram) {
		if (telegram.eventId() == null || telegram.eventId().isBlank()) {
			return Optional.empty();
		}
		String family = telegram.kind()
			.map(kind -> kind == TelegramKind.EARTHQUAKE_INFORMATION ? TelegramKind.EARTHQUAKE_INTENSITY.name()
					: kind.name())
			.orElse(telegram.infoKind());
		String key = family + ":" + telegram.eventId().strip();
		return Optional.of(key.length() <= 300 ? key : key.substring(0, 300));
	}

	/** The event's notice, locked until the telegram's transaction ends. */
	Optional<EventNotice> lock(String key) {
		return jdbc.sql(
				"SELECT event_key, notice_id, cancelled, cancelled_through FROM jma_events WHERE event_key = ? FOR UPDATE")
			.param(key)
			.query((rs, row) -> new EventNotice(rs.getString("event_key"), rs.getObject("notice_id", Long.class),
					rs.getBoolean("cancelled"), rs.getObject("cancelled_through", OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Records the notice a new event produced (or a new one after its earlier notice was
	 * cancelled).
	 */
	void produced(String key, long noticeId, boolean replacing) {
		if (replacing) {
			jdbc.sql("UPDATE jma_events SET notice_id = ?, cancelled = FALSE WHERE event_key = ?")
				.params(noticeId, key)
				.update();
		}
		else {
			jdbc.sql("INSERT INTO jma_events (event_key, notice_id) VALUES (?, ?)").params(key, noticeId).update();
		}
	}

	/** The event's notice was cancelled by a 取消 issued at {@code reported}. */
	void cancelled(String key, OffsetDateTime reported) {
		jdbc.sql("UPDATE jma_events SET cancelled = TRUE, cancelled_through = ? WHERE event_key = ?")
			.params(timestamp(reported), key)
			.update();
	}

	/**
	 * A 取消 for an event with no notice (none of its reports has arrived, or its notice
	 * was cancelled already): remembered, so that the report it withdrew sends nothing
	 * when it arrives after it.
	 */
	void cancelledFirst(String key, OffsetDateTime reported, boolean known) {
		if (known) {
			jdbc.sql("UPDATE jma_events SET cancelled = TRUE, cancelled_through = ? WHERE event_key = ?"
					+ " AND (cancelled_through IS NULL OR cancelled_through < ?)")
				.params(timestamp(reported), key, timestamp(reported))
				.update();
		}
		else {
			jdbc.sql(
					"INSERT INTO jma_events (event_key, notice_id, cancelled, cancelled_through) VALUES (?, NULL, TRUE, ?)")
				.params(key, timestamp(reported))
				.update();
		}
	}

	private static Timestamp timestamp(OffsetDateTime time) {
		return time == null ? null : Timestamp.from(time.toInstant());
	}

}
