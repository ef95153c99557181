package io.tsutawaru.jma.action;

import java.util.Optional;

import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One event, one notice ({@code jma_events}). The event is the {@code EventID} within its kind of telegram, the two
 * earthquake reports (震度速報, then 震源・震度に関する情報) being one kind: the second updates what the first sent.
 * Called inside the telegram's transaction: the row is locked while the telegram is acted on, and a new event's row
 * is inserted with its notice, so two processes acting on two reports of one new event at once make one notice (the
 * second insert fails, its transaction and notice roll back, and its telegram is tried again as an update).
 */
@Component
class EventNotices {

	private final JdbcClient jdbc;

	EventNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The notice an event produced. */
	record EventNotice(String key, long noticeId, boolean cancelled) {
	}

	/** The event's key, or empty when the telegram names no event (each such telegram stands alone). */
	static Optional<String> key(Telegram telegram) {
		if (telegram.eventId() == null || telegram.eventId().isBlank()) {
			return Optional.empty();
		}
		String family = telegram.kind()
			.map(kind -> kind == TelegramKind.EARTHQUAKE_INFORMATION ? TelegramKind.EARTHQUAKE_INTENSITY.name() : kind.name())
			.orElse(telegram.infoKind());
		String key = family + ":" + telegram.eventId().strip();
		return Optional.of(key.length() <= 300 ? key : key.substring(0, 300));
	}

	/** The event's notice, locked until the telegram's transaction ends. */
	Optional<EventNotice> lock(String key) {
		return jdbc.sql("SELECT event_key, notice_id, cancelled FROM jma_events WHERE event_key = ? FOR UPDATE")
			.param(key)
			.query((rs, row) -> new EventNotice(rs.getString("event_key"), rs.getLong("notice_id"), rs.getBoolean("cancelled")))
			.optional();
	}

	/** Records the notice a new event produced (or a new one after its earlier notice was cancelled). */
	void produced(String key, long noticeId, boolean replacing) {
		if (replacing) {
			jdbc.sql("UPDATE jma_events SET notice_id = ?, cancelled = FALSE WHERE event_key = ?").params(noticeId, key).update();
		}
		else {
			jdbc.sql("INSERT INTO jma_events (event_key, notice_id) VALUES (?, ?)").params(key, noticeId).update();
		}
	}

	void cancelled(String key) {
		jdbc.sql("UPDATE jma_events SET cancelled = TRUE WHERE event_key = ?").param(key).update();
	}

}
