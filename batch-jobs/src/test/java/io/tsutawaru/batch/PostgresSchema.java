package io.tsutawaru.batch;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at the shared test PostgreSQL server, in a fresh schema: the
 * server and its database outlive test runs and serve every module, so nothing may assume
 * an empty {@code public} schema.
 */
public class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String schema = "t_batch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = System.getenv("TSUTAWARU_TEST_POSTGRES_URL");
		TestPropertyValues
			.of("spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
					"spring.datasource.username=" + System.getenv("TSUTAWARU_TEST_POSTGRES_USER"),
					"spring.datasource.password=" + System.getenv("TSUTAWARU_TEST_POSTGRES_PASSWORD"),
					"spring.flyway.default-schema=" + schema, "spring.flyway.create-schemas=true")
			.applyTo(context);
	}

}
