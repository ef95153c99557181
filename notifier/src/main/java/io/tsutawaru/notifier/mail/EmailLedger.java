package io.tsutawaru.notifier.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

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

	EmailLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Address → state for addresses of the batch already handled. */
	Map<String, String> handled(long batchId) {
		Map<String, String> handled = new HashMap<>();
		jdbc.sql("SELECT address, state FROM email_deliveries WHERE batch_id = ?").param(batchId).query(rs -> {
			handled.put(rs.getString(1), rs.getString(2));
		});
		return handled;
	}

	void record(long batchId, String address, String state, String reason) {
		jdbc.sql("INSERT INTO email_deliveries (batch_id, address, state, reason, at) VALUES (?, ?, ?, ?, ?)")
			.params(batchId, address, state, reason, Instant.now().atOffset(ZoneOffset.UTC))
			.update();
	}

}
