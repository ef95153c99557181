package io.tsutawaru.shelters;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The test PostgreSQL server ({@code TSUTAWARU_TEST_POSTGRES_*}, bin/test-postgres) in a
 * fresh schema when it is there, otherwise a fresh in-memory H2 database in PostgreSQL
 * mode.
 */
class ShelterDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "t_shel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = System.getenv("TSUTAWARU_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			TestPropertyValues
				.of("spring.datasource.url=jdbc:h2:mem:" + name
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
						"spring.datasource.username=sa")
				.applyTo(context);
			return;
		}
		TestPropertyValues
			.of("spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
					"spring.datasource.username=" + System.getenv("TSUTAWARU_TEST_POSTGRES_USER"),
					"spring.datasource.password=" + System.getenv("TSUTAWARU_TEST_POSTGRES_PASSWORD"),
					"spring.flyway.default-schema=" + name, "spring.flyway.create-schemas=true")
			.applyTo(context);
	}

}
