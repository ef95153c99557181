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

	/** What a new hand-off starts with. */
	record Opening(String lineUserId, String reason, String language, String question, String displayName) {
	}

	long open(Opening opening, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO bot_hand_offs (line_user_id, reason, language, question, display_name, opened_at)
				VALUES (:user, :reason, :language, :question, :name, :now)""")
			.param("user", opening.lineUserId())
			.param("reason", opening.reason())
			.param("language", opening.language())
			.param("question", opening.question())
			.param("name", opening.displayName())
			.param("now", at(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** When this resident's latest hand-off was opened, if they had one. */
	Optional<Instant> lastOpenedFor(String lineUserId) {
		return jdbc
			.sql("SELECT opened_at FROM bot_hand_offs WHERE line_user_id = :user ORDER BY opened_at DESC LIMIT 1")
			.param("user", lineUserId)
			.query((rs, n) -> rs.getObject("opened_at", OffsetDateTime.class).toInstant())
			.optional();
	}

	/** How many messages the resident has sent into a hand-off. */
	int residentMessages(long handOffId) {
		return jdbc.sql("SELECT COUNT(*) FROM bot_hand_off_messages WHERE hand_off_id = :id AND author = 'RESIDENT'")
			.param("id", handOffId)
			.query(Integer.class)
			.single();
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

	boolean close(long id, HandOffMessage.Author by, Instant now) {
		return jdbc
			.sql("UPDATE bot_hand_offs SET closed_at = :now, closed_by = :by WHERE id = :id AND closed_at IS NULL")
			.param("now", at(now))
			.param("by", by.name())
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
		var statement = jdbc
			.sql("SELECT id, line_user_id, reason, language, question, display_name, opened_at, closed_at, "
					+ "closed_by FROM bot_hand_offs " + where + " ORDER BY id");
		if (id != null) {
			statement = statement.param("id", id);
		}
		return statement.query((rs, n) -> {
			long handOffId = rs.getLong("id");
			OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
			String closedBy = rs.getString("closed_by");
			return new Row(rs.getString("line_user_id"),
					new HandOff(handOffId, rs.getString("reason"), rs.getString("language"), rs.getString("question"),
							rs.getString("display_name"), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
							closed == null ? null : closed.toInstant(),
							closedBy == null ? null : HandOffMessage.Author.valueOf(closedBy), messages(handOffId)));
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
