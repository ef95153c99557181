package io.tsutawaru.notifier.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.tsutawaru.notifier.LocalServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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

	/**
	 * The ledger's insert turns the wait for the disk off for its own transaction only. (The test server itself
	 * runs without it, so the transaction first turns it on, as a production server has it.)
	 */
	@Test
	@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
	void theLedgersInsertCommitsWithoutWaitingForTheDiskOnPostgres() {
		String during = transactions.execute(status -> {
			jdbc.sql("CREATE TEMPORARY TABLE ledger_commits_probe (id BIGINT, note VARCHAR(20)) ON COMMIT DROP").update();
			jdbc.sql("SET LOCAL synchronous_commit = on").update();
			jdbc.sql(commits.insert("ledger_commits_probe", "id, note")).params(1L, "accepted").update();
			assertThat(jdbc.sql("SELECT note FROM ledger_commits_probe WHERE id = 1").query(String.class).single()).isEqualTo("accepted");
			return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
		});
		String next = transactions.execute(status -> {
			jdbc.sql("SET LOCAL synchronous_commit = on").update();
			return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
		});

		assertThat(during).isEqualTo("off");
		assertThat(next).isEqualTo("on");
	}

}
