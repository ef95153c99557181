package io.tsutawaru.notifier.mail;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.tsutawaru.notifier.delivery.LedgerCommits;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which addresses of a batch the mail server already accepted or refused. SMTP has no
 * idempotency key, so this is what keeps a retried batch from mailing anyone twice.
 */
@Component
class EmailLedger implements SmtpSession.Ledger, DisposableBean {

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	private static final String COLUMNS = "batch_id, address, state, reason, at";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	/** The answers of every connection, written in the background, a group per write. */
	private final GroupCommit<Answer> writes;

	EmailLedger(JdbcClient jdbc, JdbcTemplate template, LedgerCommits commits) {
		this.jdbc = jdbc;
		this.template = template;
		Optional<String> inOneStatement = commits.insertArrays("email_deliveries", COLUMNS, "bigint", "text", "text",
				"text", "timestamptz");
		String rowByRow = commits.insert("email_deliveries", COLUMNS);
		Consumer<List<Answer>> write = inOneStatement.isPresent()
				? answers -> writeAsArrays(inOneStatement.get(), answers) : answers -> writeRowByRow(rowByRow, answers);
		this.writes = new GroupCommit<>("email-ledger-writer", write);
	}

	/** One address's answer, of a batch. */
	private record Answer(long batchId, Entry entry) {
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
	 * Records answers in the background, in one statement with those other connections
	 * hand in meanwhile ({@link GroupCommit}), committed without waiting for the
	 * database's disk ({@link LedgerCommits}: a crash of this process loses nothing
	 * written here). An answer already recorded for the address (two workers sent the
	 * same batch at once) is kept.
	 * @return completes once they are written, exceptionally when writing them failed
	 */
	@Override
	public CompletableFuture<Void> record(long batchId, List<Entry> entries) {
		if (entries.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		List<Answer> answers = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			answers.add(new Answer(batchId, entry));
		}
		return writes.submit(answers);
	}

	/** Writes what is handed in already before the database goes away. */
	@Override
	public void destroy() {
		writes.close();
	}

	/**
	 * PostgreSQL: every answer in one statement, a column an array; the time as ISO text,
	 * cast by the statement.
	 */
	private void writeAsArrays(String insert, List<Answer> answers) {
		int count = answers.size();
		Long[] batchIds = new Long[count];
		String[] addresses = new String[count];
		String[] states = new String[count];
		String[] reasons = new String[count];
		String[] times = new String[count];
		for (int i = 0; i < count; i++) {
			Answer answer = answers.get(i);
			batchIds[i] = answer.batchId();
			addresses[i] = answer.entry().address();
			states[i] = answer.entry().state();
			reasons[i] = answer.entry().reason();
			times[i] = answer.entry().at().toString();
		}
		template.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(insert);
			statement.setArray(1, connection.createArrayOf("bigint", batchIds));
			statement.setArray(2, connection.createArrayOf("text", addresses));
			statement.setArray(3, connection.createArrayOf("text", states));
			statement.setArray(4, connection.createArrayOf("text", reasons));
			statement.setArray(5, connection.createArrayOf("text", times));
			return statement;
		});
	}

	/** Other databases: one statement per answer, in one JDBC batch. */
	private void writeRowByRow(String insert, List<Answer> answers) {
		List<Object[]> rows = new ArrayList<>(answers.size());
		for (Answer answer : answers) {
			Entry entry = answer.entry();
			rows.add(new Object[] { answer.batchId(), entry.address(), entry.state(), entry.reason(),
					entry.at().atOffset(ZoneOffset.UTC) });
		}
		template.batchUpdate(insert, rows);
	}

}
