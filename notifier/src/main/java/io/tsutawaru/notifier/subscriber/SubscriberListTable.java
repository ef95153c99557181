package io.tsutawaru.notifier.subscriber;

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

import io.tsutawaru.notifier.SubscriberImport.ListedSubscriber;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the subscribers of an import ({@link JdbcSubscriberImport}) in JDBC
 * batches: a list of a hundred thousand addresses must not become a hundred thousand
 * round trips.
 */
@Repository
class SubscriberListTable {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	SubscriberListTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * Every stored address (lower case) with its subscriber's id, the oldest subscriber
	 * when two share one. Read once per step: the table has no index on the lower-case
	 * address, so looking each chunk up in the database would scan the whole table every
	 * time.
	 */
	Map<String, Long> addressIndex() {
		Map<String, Long> index = new HashMap<>();
		jdbc.query("SELECT id, email FROM subscribers WHERE email IS NOT NULL ORDER BY id", rs -> {
			index.putIfAbsent(rs.getString(2).toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
		});
		return index;
	}

	/**
	 * The stored subscribers with these ids, by id. One primary-key lookup each: H2
	 * evaluates a long {@code IN} list row by row over the whole table, and an import
	 * usually meets few known addresses per chunk.
	 */
	Map<Long, SubscriberMerge.Existing> findByIds(Collection<Long> ids) {
		Map<Long, SubscriberMerge.Existing> found = new HashMap<>();
		for (long id : ids) {
			Set<String> interests = new HashSet<>(jdbc
				.queryForList("SELECT interest FROM subscriber_interests WHERE subscriber_id = ?", String.class, id));
			jdbc.query("SELECT id, email_confirmed, area, age_band, language FROM subscribers WHERE id = ?", rs -> {
				found.put(id, new SubscriberMerge.Existing(id, rs.getBoolean(2), rs.getString(3), rs.getString(4),
						rs.getString(5), interests));
			}, id);
		}
		return found;
	}

	/** Inserts new e-mail subscribers and returns their ids, in the order of the rows. */
	List<Long> insert(List<ListedSubscriber> rows, Instant now) {
		if (rows.isEmpty()) {
			return List.of();
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		var keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(
				"INSERT INTO subscribers (email, email_confirmed, area, age_band, language, active, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)",
				new String[] { "id" }), new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						ListedSubscriber row = rows.get(i);
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
		List<Long> ids = keys.getKeyList()
			.stream()
			.map(key -> ((Number) key.values().iterator().next()).longValue())
			.toList();
		for (int i = 0; i < rows.size(); i++) {
			long id = ids.get(i);
			rows.get(i).interests().forEach(interest -> interests.add(new Object[] { id, interest }));
		}
		jdbc.batchUpdate("INSERT INTO subscriber_interests (subscriber_id, interest) VALUES (?, ?)", interests);
		return ids;
	}

	void update(List<SubscriberMerge.Update> updates, Instant now) {
		if (updates.isEmpty()) {
			return;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		jdbc.batchUpdate(
				"UPDATE subscribers SET email_confirmed = ?, area = ?, age_band = ?, language = ?, updated_at = ? "
						+ "WHERE id = ?",
				updates.stream()
					.map(u -> new Object[] { u.confirmed(), u.area(), u.ageBand(), u.language(), at, u.id() })
					.toList());
		List<Object[]> interests = new ArrayList<>();
		updates.forEach(u -> u.interests().forEach(interest -> interests.add(new Object[] { u.id(), interest })));
		// Interests are only filled where none were stored (SubscriberMerge), so nothing
		// here can collide.
		jdbc.batchUpdate(
				"INSERT INTO subscriber_interests (subscriber_id, interest) VALUES (?, ?) ON CONFLICT DO NOTHING",
				interests);
	}

}
