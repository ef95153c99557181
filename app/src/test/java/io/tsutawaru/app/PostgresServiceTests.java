package io.tsutawaru.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.tsutawaru.batch.BatchJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a real PostgreSQL server (the one {@code bin/test} starts): every
 * module's migrations must run there as they do on H2. Each run gets a schema of its own,
 * so earlier runs and other modules' tests never interfere.
 */
@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "DEMO_ADMIN_PASSWORD=admin-password" })
@AutoConfigureTestRestTemplate
class PostgresServiceTests {

	private static final String SCHEMA = "t_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		// Not a ServiceTest: it needs a data folder of its own. The embedded Redis keeps
		// its pid file there and stops
		// a leftover server it finds, which would otherwise be the one the H2 service
		// tests in this JVM still use.
		Path dataDir = Files.createTempDirectory(Path.of("target"), "postgres-service-test-data-").toAbsolutePath();
		registry.add("tsutawaru.data-dir", dataDir::toString);
		registry.add("spring.datasource.url",
				() -> System.getenv("TSUTAWARU_TEST_POSTGRES_URL") + "?currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", () -> System.getenv("TSUTAWARU_TEST_POSTGRES_USER"));
		registry.add("spring.datasource.password", () -> System.getenv("TSUTAWARU_TEST_POSTGRES_PASSWORD"));
		registry.add("spring.flyway.default-schema", () -> SCHEMA);
		registry.add("spring.flyway.create-schemas", () -> "true");
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void serviceStartsOnPostgresWithEveryModulesMigrations() {
		assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single())
			.as("really PostgreSQL")
			.isGreaterThan(100000);
		List<String> applied = jdbc
			.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")
			.query(String.class)
			.list();
		assertThat(applied).contains("5.1").anyMatch(version -> version.startsWith("2."));
		assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
	}

	/**
	 * Issue 19, item 2: retentionJob on the service's real PostgreSQL schema; the H2 run
	 * is {@link RetentionJobServiceTests}.
	 */
	@Test
	void retentionAppliesEveryRuleOnPostgres(@Autowired BatchJobs jobs,
			@Value("${tsutawaru.bot.report-photo-dir}") Path photos) {
		new RetentionRulesFixture(jdbc, photos).runRetentionAndCheckEveryRule(jobs);
	}

	@Test
	void staffAccountsLiveInPostgres() {
		assertThat(http.withBasicAuth("admin", "admin-password")
			.getForEntity("/actuator/prometheus", String.class)
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM users").query(Integer.class).single()).isGreaterThanOrEqualTo(4);
	}

}
