package io.tsutawaru.notifier.subscriber;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscriber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code subscribers} and {@code subscriber_interests}. */
@Repository
class SubscriberTable {

	private static final String COLUMNS = "id, line_user_id, email, email_confirmed, area, age_band, language, active, consent_at";

	private final JdbcClient jdbc;

	SubscriberTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Subscriber> findByLineUserId(String lineUserId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM subscribers WHERE line_user_id = ?")
			.param(lineUserId)
			.query(this::row)
			.optional();
	}

	/**
	 * Inserts the resident unless a concurrent event of the same resident did so first.
	 */
	void insertIfAbsent(String lineUserId, Instant now) {
		// ON CONFLICT rather than catching the duplicate key: PostgreSQL aborts a
		// transaction after any error.
		jdbc.sql("INSERT INTO subscribers (line_user_id, active, created_at, updated_at) VALUES (?, TRUE, ?, ?) "
				+ "ON CONFLICT DO NOTHING")
			.params(lineUserId, at(now), at(now))
			.update();
	}

	void setActive(long id, boolean active, Instant now) {
		jdbc.sql("UPDATE subscribers SET active = ?, updated_at = ? WHERE id = ?").params(active, at(now), id).update();
	}

	void setConsent(long id, Instant now) {
		jdbc.sql("UPDATE subscribers SET consent_at = ?, updated_at = ? WHERE id = ?")
			.params(at(now), at(now), id)
			.update();
	}

	void setPreferences(long id, Preferences preferences, Instant now) {
		jdbc.sql("UPDATE subscribers SET area = ?, age_band = ?, language = ?, updated_at = ? WHERE id = ?")
			.params(preferences.area(), preferences.ageBand(), preferences.language(), at(now), id)
			.update();
		jdbc.sql("DELETE FROM subscriber_interests WHERE subscriber_id = ?").param(id).update();
		for (String interest : preferences.interests()) {
			jdbc.sql("INSERT INTO subscriber_interests (subscriber_id, interest) VALUES (?, ?)")
				.params(id, interest)
				.update();
		}
	}

	void setUnconfirmedEmail(long id, String email, String token, Instant now) {
		jdbc.sql(
				"UPDATE subscribers SET email = ?, email_confirmed = FALSE, email_token = ?, updated_at = ? WHERE id = ?")
			.params(email, token, at(now), id)
			.update();
	}

	/**
	 * Confirms the address the token was sent to; false when no pending address has this
	 * token.
	 */
	boolean confirmEmail(String token, Instant now) {
		return jdbc
			.sql("UPDATE subscribers SET email_confirmed = TRUE, email_token = NULL, updated_at = ? "
					+ "WHERE email_token = ? AND email IS NOT NULL")
			.params(at(now), token)
			.update() == 1;
	}

	void clearEmail(long id, Instant now) {
		jdbc.sql(
				"UPDATE subscribers SET email = NULL, email_confirmed = FALSE, email_token = NULL, updated_at = ? WHERE id = ?")
			.params(at(now), id)
			.update();
	}

	private Subscriber row(ResultSet rs, int rowNum) throws SQLException {
		long id = rs.getLong("id");
		List<String> interests = jdbc.sql("SELECT interest FROM subscriber_interests WHERE subscriber_id = ?")
			.param(id)
			.query(String.class)
			.list();
		OffsetDateTime consent = rs.getObject("consent_at", OffsetDateTime.class);
		return new Subscriber(id, rs.getString("line_user_id"), rs.getString("email"), rs.getBoolean("email_confirmed"),
				new Preferences(rs.getString("area"), rs.getString("age_band"), new HashSet<>(interests),
						rs.getString("language")),
				rs.getBoolean("active"), consent == null ? null : consent.toInstant());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
