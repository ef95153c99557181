package io.tsutawaru.app.reliability.faults;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Residents written straight into the notifier's table, in one area per test, so that a
 * segment rule selects exactly them and the test knows whom to expect: a hundred thousand
 * through the public API would take minutes.
 */
final class FaultResidents {

	private static final AtomicLong next = new AtomicLong();

	private FaultResidents() {
	}

	/** Residents who follow on LINE only; returns their LINE user ids. */
	static List<String> onLine(JdbcTemplate jdbc, String area, int count) {
		List<String> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = "U%032x".formatted(0xfa17L << 40 | next.incrementAndGet());
			ids.add(id);
			rows.add(new Object[] { id, null, false, area });
		}
		insert(jdbc, rows);
		return ids;
	}

	/** Residents with a confirmed e-mail address and no LINE; returns their addresses. */
	static List<String> byEmail(JdbcTemplate jdbc, String area, int count) {
		List<String> addresses = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String address = "resident-" + next.incrementAndGet() + "@faults.example.jp";
			addresses.add(address);
			rows.add(new Object[] { null, address, true, area });
		}
		insert(jdbc, rows);
		return addresses;
	}

	private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> full = rows.stream()
			.map(r -> new Object[] { r[0], r[1], r[2], r[3], "ja", true, now, now, now })
			.toList();
		for (int start = 0; start < full.size(); start += 5_000) {
			jdbc.batchUpdate(
					"INSERT INTO subscribers (line_user_id, email, email_confirmed, area, language, active, "
							+ "consent_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					full.subList(start, Math.min(full.size(), start + 5_000)));
		}
	}

}
