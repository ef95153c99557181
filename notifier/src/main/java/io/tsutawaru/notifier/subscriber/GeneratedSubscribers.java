package io.tsutawaru.notifier.subscriber;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.SyntheticSubscribers;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Writes synthetic residents in JDBC batches: a million of them must load in seconds for
 * the benchmark.
 */
@Service
class GeneratedSubscribers implements SyntheticSubscribers {

	private static final int CHUNK = 5_000;

	private final JdbcTemplate jdbc;

	private final AttributeCatalog catalog;

	GeneratedSubscribers(JdbcTemplate jdbc, AttributeCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@Override
	public int generate(int count, long seed) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		Random random = new Random(seed);
		// Identifiers continue from the largest id so that repeated calls never collide.
		long offset = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM subscribers", Long.class);
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		for (int start = 0; start < count; start += CHUNK) {
			List<Synthetic> chunk = new ArrayList<>();
			for (int i = start; i < Math.min(count, start + CHUNK); i++) {
				chunk.add(Synthetic.draw(random, seed, offset + i + 1, catalog));
			}
			insert(chunk, now);
		}
		return count;
	}

	private void insert(List<Synthetic> chunk, OffsetDateTime now) {
		var keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(
				"INSERT INTO subscribers (line_user_id, email, email_confirmed, area, age_band, language, active, "
						+ "consent_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				new String[] { "id" }), new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						Synthetic s = chunk.get(i);
						ps.setString(1, s.lineUserId());
						ps.setString(2, s.email());
						ps.setBoolean(3, s.email() != null);
						ps.setString(4, s.area());
						ps.setString(5, s.ageBand());
						ps.setString(6, s.language());
						ps.setBoolean(7, s.active());
						ps.setObject(8, now);
						ps.setObject(9, now);
						ps.setObject(10, now);
					}

					@Override
					public int getBatchSize() {
						return chunk.size();
					}
				}, keys);
		List<Object[]> interests = new ArrayList<>();
		List<java.util.Map<String, Object>> ids = keys.getKeyList();
		for (int i = 0; i < chunk.size(); i++) {
			long id = ((Number) ids.get(i).values().iterator().next()).longValue();
			for (String interest : chunk.get(i).interests()) {
				interests.add(new Object[] { id, interest });
			}
		}
		jdbc.batchUpdate("INSERT INTO subscriber_interests (subscriber_id, interest) VALUES (?, ?)", interests);
	}

}
