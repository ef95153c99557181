package io.tsutawaru.app;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionProfileTests {

	/**
	 * Starts the production profile with the given settings as command-line arguments
	 * (they win over the environment).
	 */
	private static ThrowingSupplier<Object> production(String... settings) {
		String[] args = Stream.of(settings).map(setting -> "--" + setting).toArray(String[]::new);
		return () -> new SpringApplicationBuilder(TsutawaruApplication.class).profiles("prod").run(args);
	}

	@Test
	void refusesToStartWithoutADatabaseUrlNamingTheVariable() {
		assertThatThrownBy(() -> production("spring.datasource.url=").get())
			.hasMessage("Cannot start in production: environment variable DATABASE_URL is not set "
					+ "(the PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/tsutawaru)");
	}

	@Test
	void namesTheFirstMissingVariableAfterTheDatabase() {
		assertThatThrownBy(() -> production("spring.datasource.url=jdbc:postgresql://db/t",
				"spring.datasource.username=u", "spring.datasource.password=p", "spring.data.redis.url=")
			.get()).hasMessageContaining("REDIS_URL");
	}

	@Test
	void requiresTheLineSecretEvenThoughTheSandboxHasADefault() {
		assertThatThrownBy(
				() -> production("spring.datasource.url=jdbc:postgresql://db/t", "spring.datasource.username=u",
						"spring.datasource.password=p", "spring.data.redis.url=redis://r:6379", "spring.mail.host=smtp",
						"tsutawaru.notifier.mail.from=bousai@example-city.jp", "tsutawaru.line.channel-secret=")
					.get())
			.hasMessageContaining("LINE_CHANNEL_SECRET");
	}

	@Test
	void requiresWhoTheCityIsBecauseCapDocumentsNameIt() {
		assertThatThrownBy(() -> production("spring.datasource.url=jdbc:postgresql://db/t",
				"spring.datasource.username=u", "spring.datasource.password=p", "spring.data.redis.url=redis://r:6379",
				"spring.mail.host=smtp", "tsutawaru.notifier.mail.from=bousai@example-city.jp",
				"tsutawaru.line.channel-secret=s", "tsutawaru.line.channel-token=t",
				"tsutawaru.app.public-base-url=https://alerts.example-city.jp", "tsutawaru.notifier.cap.sender=b@c.jp",
				"tsutawaru.notifier.cap.sender-name=伝わる市", "tsutawaru.notifier.cap.organization-code=")
			.get()).hasMessageContaining("CITY_CODE").hasMessageContaining("JIS X 0402");
	}

}
