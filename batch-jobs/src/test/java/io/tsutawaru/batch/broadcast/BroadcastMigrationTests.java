package io.tsutawaru.batch.broadcast;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V4_4 on a database the old scheduledBroadcastJob ran in: its runs leave the job
 * repository at the upgrade, other jobs' runs stay, and occurrences handed over before it
 * keep their rows (without a hand-over time).
 */
class BroadcastMigrationTests {

	@Test
	void theUpgradeForgetsTheOldJobsRunsAndKeepsEverythingElse() {
		var database = new DriverManagerDataSource(
				"jdbc:h2:mem:upgrade-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(database).target("4.3").load().migrate();
		var jdbc = JdbcClient.create(database);
		run(jdbc, 1, "scheduledBroadcastJob");
		run(jdbc, 2, "retentionJob");
		jdbc.sql("INSERT INTO batch_broadcast_schedules (title, body, channels, segment_rule, frequency, time_of_day, "
				+ "created_by, active, created_at) VALUES ('t', 'b', 'website', 'all', 'DAILY', '18:00', 'pr', TRUE, CURRENT_TIMESTAMP)")
			.update();
		jdbc.sql("INSERT INTO batch_broadcast_occurrences (schedule_id, occurrence, notice_id) "
				+ "SELECT id, CURRENT_TIMESTAMP, 7 FROM batch_broadcast_schedules")
			.update();

		Flyway.configure().dataSource(database).load().migrate();

		assertThat(jdbc.sql("SELECT JOB_NAME FROM BATCH_JOB_INSTANCE").query(String.class).list())
			.containsExactly("retentionJob");
		for (String table : new String[] { "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
				"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT" }) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isOne();
		}
		assertThat(jdbc.sql("SELECT notice_id FROM batch_broadcast_occurrences WHERE handed_over_at IS NULL")
			.query(Long.class)
			.list()).containsExactly(7L);
	}

	/** One finished run of a job, with a step, as Spring Batch writes it. */
	private static void run(JdbcClient jdbc, long id, String job) {
		jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)")
			.params(id, job, "key" + id)
			.update();
		jdbc.sql("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS) "
				+ "VALUES (?, 0, ?, CURRENT_TIMESTAMP, 'COMPLETED')")
			.params(id, id)
			.update();
		jdbc.sql(
				"INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE, PARAMETER_VALUE, "
						+ "IDENTIFYING) VALUES (?, 'minute', 'java.lang.String', '2026-04-01T18:00', 'Y')")
			.param(id)
			.update();
		jdbc.sql("INSERT INTO BATCH_JOB_EXECUTION_CONTEXT (JOB_EXECUTION_ID, SHORT_CONTEXT) VALUES (?, '{}')")
			.param(id)
			.update();
		jdbc.sql(
				"INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME) "
						+ "VALUES (?, 0, 'step', ?, CURRENT_TIMESTAMP)")
			.params(id, id)
			.update();
		jdbc.sql("INSERT INTO BATCH_STEP_EXECUTION_CONTEXT (STEP_EXECUTION_ID, SHORT_CONTEXT) VALUES (?, '{}')")
			.param(id)
			.update();
	}

}
