package io.tsutawaru.jma.feed;

import java.time.Instant;
import java.util.List;

import io.tsutawaru.jma.JmaTelegram;
import io.tsutawaru.jma.JmaTelegramLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The telegrams received and what was done with each, newest first, for staff. */
@Component
public class TelegramLog implements JmaTelegramLog {

	private final JdbcClient jdbc;

	TelegramLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One telegram received.
	 *
	 * @param id its row, also the number in the actor's name of what it did
	 * ({@code system:jma-telegram:<id>})
	 * @param title {@code Control/Title} (the feed's title when unreadable)
	 * @param infoKind {@code Head/InfoKind}, or null when unreadable
	 * @param infoType 発表, 訂正 or 取消, or null
	 * @param status 通常, 訓練 or 試験, or null
	 * @param eventId {@code Head/EventID}, or null
	 * @param receivedAt when it was fetched
	 * @param action what was done
	 * @param reason why it was ignored (a code, then the detail:
	 * {@code below-minimum: 震度3}), or null
	 * @param noticeId the notice sent, drafted, updated or cancelled, or null
	 */
	public record Entry(long id, String title, String infoKind, String infoType, String status, String eventId,
			Instant receivedAt, TelegramAction action, String reason, Long noticeId) {
	}

	/** The latest telegrams, newest first; {@code limit} is taken between 1 and 1,000. */
	public List<Entry> recent(int limit) {
		return select("", limit);
	}

	@Override
	public List<JmaTelegram> received(int limit) {
		return recent(limit).stream().map(TelegramLog::telegram).toList();
	}

	@Override
	public List<JmaTelegram> drafted(int limit) {
		// Read by the drafts' own index, not from the latest telegrams: on a busy day a
		// draft nobody sent yet may lie behind thousands of telegrams ignored since.
		return select("WHERE action = '" + TelegramAction.DRAFTED.id() + "' AND notice_id IS NOT NULL ", limit).stream()
			.map(TelegramLog::telegram)
			.toList();
	}

	private List<Entry> select(String where, int limit) {
		int rows = Math.clamp(limit, 1, 1_000);
		return jdbc
			.sql("SELECT id, title, info_kind, info_type, status, event_id, received_at, action, reason, notice_id "
					+ "FROM jma_telegrams " + where + "ORDER BY received_at DESC, id DESC FETCH FIRST " + rows
					+ " ROWS ONLY")
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("title"), rs.getString("info_kind"),
					rs.getString("info_type"), rs.getString("status"), rs.getString("event_id"),
					rs.getTimestamp("received_at").toInstant(), TelegramAction.of(rs.getString("action")),
					rs.getString("reason"), rs.getObject("notice_id", Long.class)))
			.list();
	}

	private static JmaTelegram telegram(Entry entry) {
		return new JmaTelegram(entry.id(), entry.title(), entry.infoKind(), entry.infoType(), entry.status(),
				entry.eventId(), entry.receivedAt(), entry.action().id(), entry.reason(), entry.noticeId());
	}

}
