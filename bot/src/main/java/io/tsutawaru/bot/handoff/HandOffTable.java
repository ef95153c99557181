package io.tsutawaru.bot.handoff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.bot.HandOff;
import io.tsutawaru.bot.HandOffMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code bot_hand_offs} and {@code bot_hand_off_messages} tables. */
@Component
class HandOffTable {

	/** A hand-off with whom it is with, which staff do not need to see. */
	record Row(String lineUserId, HandOff handOff) {
	}

	private final JdbcClient jdbc;

	HandOffTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long open(String lineUserId, String reason, String language, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO bot_hand_offs (line_user_id, reason, language, opened_at)
				VALUES (:user, :reason, :language, :now)""")
			.param("user", lineUserId)
			.param("reason", reason)
			.param("language", language)
			.param("now", at(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Long> openFor(String lineUserId) {
		return jdbc.sql("SELECT id FROM bot_hand_offs WHERE line_user_id = :user AND closed_at IS NULL")
			.param("user", lineUserId)
			.query(Long.class)
			.optional();
	}

	void addMessage(long handOffId, HandOffMessage.Author author, String text, Instant now) {
		jdbc.sql("INSERT INTO bot_hand_off_messages (hand_off_id, author, text, at) VALUES (:id, :author, :text, :now)")
			.param("id", handOffId)
			.param("author", author.name())
			.param("text", text.length() > 5000 ? text.substring(0, 5000) : text)
			.param("now", at(now))
			.update();
	}

	boolean close(long id, Instant now) {
		return jdbc.sql("UPDATE bot_hand_offs SET closed_at = :now WHERE id = :id AND closed_at IS NULL")
			.param("now", at(now))
			.param("id", id)
			.update() == 1;
	}

	Optional<Row> find(long id) {
		return rows("WHERE id = :id", id).stream().findFirst();
	}

	List<Row> allOpen() {
		return rows("WHERE closed_at IS NULL", null);
	}

	private List<Row> rows(String where, Long id) {
		var statement = jdbc.sql("SELECT id, line_user_id, reason, language, opened_at, closed_at FROM bot_hand_offs "
				+ where + " ORDER BY id");
		if (id != null) {
			statement = statement.param("id", id);
		}
		return statement.query((rs, n) -> {
			long handOffId = rs.getLong("id");
			OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
			return new Row(rs.getString("line_user_id"),
					new HandOff(handOffId, rs.getString("reason"), rs.getString("language"),
							rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
							closed == null ? null : closed.toInstant(), messages(handOffId)));
		}).list();
	}

	private List<HandOffMessage> messages(long handOffId) {
		return jdbc.sql("SELECT author, text, at FROM bot_hand_off_messages WHERE hand_off_id = :id ORDER BY id")
			.param("id", handOffId)
			.query((rs, n) -> new HandOffMessage(HandOffMessage.Author.valueOf(rs.getString("author")),
					rs.getString("text"), rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
