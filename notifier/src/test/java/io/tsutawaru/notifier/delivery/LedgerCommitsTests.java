package io.tsutawaru.notifier.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.tsutawaru.notifier.LocalServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class LedgerCommitsTests extends LocalServers {

	@Autowired
	LedgerCommits commits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate template;

	/**
	 * The ledger's insert turns the wait for the disk off for its own transaction only.
	 * (The test server itself runs without it, so the transaction first turns it on, as a
	 * production server has it.)
	 */
	@Test
	@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
	void theLedgersInsertCommitsWithoutWaitingForTheDiskOnPostgres() {
		String during = transactions.execute(status -> {
			jdbc.sql("CREATE TEMPORARY TABLE ledger_commits_probe (id BIGINT, note VARCHAR(20)) ON COMMIT DROP")
				.update();
			jdbc.sql("SET LOCAL synchronous_commit = on").update();
			jdbc.sql(commits.insert("ledger_commits_probe", "id, note")).params(1L, "accepted").update();
			assertThat(jdbc.sql("SELECT note FROM ledger_commits_probe WHERE id = 1").query(String.class).single())
				.isEqualTo("accepted");
			return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
		});
		String next = transactions.execute(status -> {
			jdbc.sql("SET LOCAL synchronous_commit = on").update();
			return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
		});

		assertThat(during).isEqualTo("off");
		assertThat(next).isEqualTo("on");
	}

	/**
	 * The insert of many rows: every row of the arrays once, a key given twice kept as
	 * first written, a null kept, text cast to the column's type, and the wait for the
	 * disk off for its own transaction.
	 */
	@Test
	@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
	void theLedgersInsertOfManyRowsWritesEachKeyOnceInOneStatementOnPostgres() {
		String insert = commits.insertArrays("ledger_commits_rows", "id, note, at", "bigint", "text", "timestamptz")
			.orElseThrow();
		String during = transactions.execute(status -> {
			jdbc.sql(
					"CREATE TEMPORARY TABLE ledger_commits_rows (id BIGINT PRIMARY KEY, note TEXT, at TIMESTAMPTZ NOT NULL) "
							+ "ON COMMIT DROP")
				.update();
			jdbc.sql("SET LOCAL synchronous_commit = on").update();
			int written = template.update(connection -> {
				var statement = connection.prepareStatement(insert);
				statement.setArray(1, connection.createArrayOf("bigint", new Long[] { 1L, 2L, 1L }));
				statement.setArray(2, connection.createArrayOf("text", new String[] { "first", null, "again" }));
				statement.setArray(3, connection.createArrayOf("text",
						new String[] { "2026-12-02T13:45:00.123Z", "2026-12-02T13:45:01Z", "2026-12-02T13:45:02Z" }));
				return statement;
			});
			assertThat(written).isEqualTo(2);
			assertThat(jdbc.sql("SELECT id, note, EXTRACT(EPOCH FROM at) FROM ledger_commits_rows ORDER BY id")
				.query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " "
						+ rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
				.list()).containsExactly("1 first 1796219100.123", "2 null 1796219101");
			return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
		});

		assertThat(during).isEqualTo("off");
	}

	/** Elsewhere (H2) the rows go one by one through the plain insert. */
	@Test
	void theInsertOfManyRowsIsPostgresOnly() {
		boolean postgres = System.getenv("TSUTAWARU_TEST_POSTGRES_URL") != null;
		assertThat(commits.insertArrays("t", "a", "text")).as("an insert of arrays")
			.matches(sql -> sql.isPresent() == postgres);
	}

}
