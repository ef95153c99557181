package io.tsutawaru.notifier.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.notifier.delivery.LedgerCommits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which addresses of a batch the mail server already accepted or refused. SMTP has no idempotency key, so this is
 * what keeps a retried batch from mailing anyone twice.
 */
@Component
class EmailLedger {

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	/** The answers of all connections that record at the same moment, written in one round trip. */
	private final GroupCommit<Object[]> writes;

	EmailLedger(JdbcClient jdbc, JdbcTemplate template, LedgerCommits commits) {
		this.jdbc = jdbc;
		String insert = commits.insert("email_deliveries", "batch_id, address, state, reason, at");
		this.writes = new GroupCommit<>(rows -> template.batchUpdate(insert, rows));
	}

	/** What the server said about one address. */
	record Entry(String address, String state, String reason, Instant at) {
	}

	/** Address → state for addresses of the batch already handled. */
	Map<String, String> handled(long batchId) {
		Map<String, String> handled = new HashMap<>();
		jdbc.sql("SELECT address, state FROM email_deliveries WHERE batch_id = ?").param(batchId).query(rs -> {
			handled.put(rs.getString(1), rs.getString(2));
		});
		return handled;
	}

	/**
	 * Records answers and returns once they are written, in one round trip (one JDBC batch) with those other
	 * connections record at the same moment ({@link GroupCommit}), committed without waiting for the database's
	 * disk ({@link LedgerCommits}: a crash of this process loses nothing recorded here). An answer already
	 * recorded for the address (two workers sent the same batch at once) is kept.
	 */
	void record(long batchId, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			rows.add(new Object[] { batchId, entry.address(), entry.state(), entry.reason(), entry.at().atOffset(ZoneOffset.UTC) });
		}
		writes.write(rows);
	}

}
