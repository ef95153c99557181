package io.tsutawaru.batch.subscriber;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes imported subscribers into the notifier's {@code subscribers} tables in JDBC batches. The notifier's
 * public {@code Subscribers} API works one LINE user at a time and has no e-mail-only import yet, so this is the one
 * place outside the notifier that writes its tables; it follows the notifier's own bulk writer.
 */
@Repository("batch.subscriberListTable")
class SubscriberListTable {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	SubscriberListTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** The stored subscribers with these addresses (lower case), by lower-case address. */
	Map<String, SubscriberMerge.Existing> findByEmails(Collection<String> keys) {
		Map<String, SubscriberMerge.Existing> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		Map<Long, Set<String>> interests = new HashMap<>();
		named.query("SELECT s.id, LOWER(s.email) AS address, i.interest FROM subscribers s "
				+ "JOIN subscriber_interests i ON i.subscriber_id = s.id WHERE LOWER(s.email) IN (:keys)",
				Map.of("keys", keys),
				rs -> {
					interests.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(3));
				});
		named.query("SELECT id, LOWER(email) AS address, email_confirmed, area, age_band, language FROM subscribers "
				+ "WHERE LOWER(email) IN (:keys) ORDER BY id", Map.of("keys", keys), rs -> {
					long id = rs.getLong(1);
					// Two stored rows with one address: the oldest is the resident; the import merges into it.
					found.putIfAbsent(rs.getString(2), new SubscriberMerge.Existing(id, rs.getBoolean(3),
							rs.getString(4), rs.getString(5), rs.getString(6), interests.getOrDefault(id, Set.of())));
				});
		return found;
	}

	void insert(List<SubscriberListRow> rows, Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		var keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(
				"INSERT INTO subscribers (email, email_confirmed, area, age_band, language, active, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)",
				new String[] { "id" }), new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						SubscriberListRow row = rows.get(i);
						ps.setString(1, row.email());
						ps.setBoolean(2, row.confirmed());
						ps.setString(3, row.area());
						ps.setString(4, row.ageBand());
						ps.setString(5, row.language());
						ps.setObject(6, at);
						ps.setObject(7, at);
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				}, keys);
		List<Object[]> interests = new ArrayList<>();
		List<Map<String, Object>> ids = keys.getKeyList();
		for (int i = 0; i < rows.size(); i++) {
			long id = ((Number) ids.get(i).values().iterator().next()).longValue();
			rows.get(i).interests().forEach(interest -> interests.add(new Object[] { id, interest }));
		}
		jdbc.batchUpdate("INSERT INTO subscriber_interests (subscriber_id, interest) VALUES (?, ?)", interests);
	}

	void update(List<SubscriberMerge.Update> updates, Instant now) {
		if (updates.isEmpty()) {
			return;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		jdbc.batchUpdate("UPDATE subscribers SET email_confirmed = ?, area = ?, age_band = ?, language = ?, updated_at = ? "
				+ "WHERE id = ?", updates.stream()
			.map(u -> new Object[] { u.confirmed(), u.area(), u.ageBand(), u.language(), at, u.id() })
			.toList());
		List<Object[]> interests = new ArrayList<>();
		updates.forEach(u -> u.interests().forEach(interest -> interests.add(new Object[] { u.id(), interest })));
		// Interests are only filled where none were stored (SubscriberMerge), so nothing here can collide.
		jdbc.batchUpdate("INSERT INTO subscriber_interests (subscriber_id, interest) VALUES (?, ?) ON CONFLICT DO NOTHING",
				interests);
	}

}
