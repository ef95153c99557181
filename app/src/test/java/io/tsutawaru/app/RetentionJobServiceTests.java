package io.tsutawaru.app;

import java.nio.file.Path;

import io.tsutawaru.batch.BatchJobs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, item 2: retentionJob on the embedded defaults (H2), where every module's
 * migrations made the tables. The PostgreSQL run is
 * {@link PostgresServiceTests#retentionAppliesEveryRuleOnPostgres}.
 */
class RetentionJobServiceTests extends ServiceTest {

	@Autowired
	BatchJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Value("${tsutawaru.bot.report-photo-dir}")
	Path photos;

	@Test
	void everyRetentionRuleDeletesItsOldRowsAndKeepsTheRecentOnes() {
		new RetentionRulesFixture(jdbc, photos).runRetentionAndCheckEveryRule(jobs);
	}

}
