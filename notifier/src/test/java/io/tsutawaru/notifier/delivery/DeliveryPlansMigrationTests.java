package io.tsutawaru.notifier.delivery;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V2_7_1 on a database written before the delivery had its own table: the plan's state
 * moves from each published notice's row into {@code delivery_plans}, the notices keep
 * nothing of it, and a notice still sending is announced again once its plan is finished.
 * On H2 and on PostgreSQL (in a schema of its own).
 */
class DeliveryPlansMigrationTests {

	@Test
	void thePlansStateMovesFromTheNoticesToTheDeliveryOnH2() {
		var database = new SingleConnectionDataSource("jdbc:h2:mem:plans-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
		upgradeAndCheck(database, null);
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
	void thePlansStateMovesFromTheNoticesToTheDeliveryOnPostgres() {
		var database = new SingleConnectionDataSource(System.getenv("TSUTAWARU_TEST_POSTGRES_URL"),
				System.getenv("TSUTAWARU_TEST_POSTGRES_USER"), System.getenv("TSUTAWARU_TEST_POSTGRES_PASSWORD"), true);
		upgradeAndCheck(database, "plans_" + UUID.randomUUID().toString().replace("-", ""));
	}

	private static void upgradeAndCheck(DataSource database, String schema) {
		var jdbc = JdbcClient.create(database);
		migrate(database, schema, "2.6.1", jdbc);
		notice(jdbc, 1, "SENDING", 2, "2, 1, 2, 500, TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:05+00'");
		notice(jdbc, 2, "SENT", 1, "1, 1, 1, 9000, TIMESTAMP WITH TIME ZONE '2026-11-30 08:00:00+00'");
		notice(jdbc, 3, "DRAFT", 0, "0, 0, 0, 0, NULL");

		migrate(database, schema, null, jdbc);

		assertThat(jdbc
			.sql("SELECT notice_id, revision, planned_revision, recipients_planned_revision, "
					+ "recipients_cursor_revision, recipients_cursor, EXTRACT(EPOCH FROM recipients_progress_at), "
					+ "announced_revision, EXTRACT(EPOCH FROM requested_at) FROM delivery_plans ORDER BY notice_id")
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getBigDecimal(7).longValue(), rs.getLong(8), rs.getBigDecimal(9).longValue()))
			.list()).containsExactly(List.of(1L, 2L, 2L, 1L, 2L, 500L, 1796119205L, 0L, 1796119210L),
					List.of(2L, 1L, 1L, 1L, 1L, 9000L, 1796025600L, 1L, 1796119210L));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'notices' AND "
				+ "LOWER(column_name) IN ('planned_revision', 'recipients_planned_revision', 'recipients_cursor_revision', "
				+ "'recipients_cursor', 'recipients_progress_at')"
				+ (schema == null ? "" : " AND table_schema = '" + schema + "'"))
			.query(Long.class)
			.single()).as("the notices keep nothing of the plan").isZero();
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM delivery_batches WHERE leased_by IS NOT NULL OR leased_until IS NOT NULL")
			.query(Long.class)
			.single()).isZero();
	}

	private static void migrate(DataSource database, String schema, String target, JdbcClient jdbc) {
		var flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration");
		if (schema != null) {
			flyway = flyway.schemas(schema).defaultSchema(schema);
		}
		if (target != null) {
			flyway = flyway.target(target);
		}
		flyway.load().migrate();
		if (schema != null) {
			jdbc.sql("SET search_path TO " + schema).update();
		}
	}

	/**
	 * A notice as the planner left it before the upgrade, last changed at 10:00:10 UTC on
	 * 1 December 2026.
	 */
	private static void notice(JdbcClient jdbc, long id, String state, int revision, String plan) {
		jdbc.sql(
				"INSERT INTO notices (id, title, body, severity, alert_status, channels, segment_rule, area_names, area_codes, "
						+ "state, revision, created_by, created_at, updated_at, planned_revision, recipients_planned_revision, "
						+ "recipients_cursor_revision, recipients_cursor, recipients_progress_at) VALUES (?, 't', 'b', 'INFO', 'ACTUAL', "
						+ "'line', 'all', '', '', ?, ?, 'pr', TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+00', "
						+ "TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:10+00', " + plan + ")")
			.params(id, state, revision)
			.update();
	}

}
