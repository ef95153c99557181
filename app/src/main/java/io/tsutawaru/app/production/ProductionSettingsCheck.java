package io.tsutawaru.app.production;

import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile while a required setting is missing. Without
 * it, a city that forgot one variable would see a stack trace about a JDBC URL, or worse,
 * a service that starts and fails on the first alert; with it, the start stops at once
 * with one line that names the variable.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

	/**
	 * Each required setting: the property the service reads and the environment variable
	 * that supplies it.
	 */
	static final List<RequiredSetting> REQUIRED = List.of(
			new RequiredSetting("spring.datasource.url", "DATABASE_URL",
					"the PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/tsutawaru"),
			new RequiredSetting("spring.datasource.username", "DATABASE_USER", "the PostgreSQL user"),
			new RequiredSetting("spring.datasource.password", "DATABASE_PASSWORD", "the PostgreSQL password"),
			new RequiredSetting("spring.data.redis.url", "REDIS_URL", "the Redis URL, e.g. redis://redis:6379"),
			new RequiredSetting("spring.mail.host", "SMTP_HOST", "the SMTP server that sends e-mail alerts"),
			new RequiredSetting("tsutawaru.notifier.mail.from", "SMTP_FROM",
					"the sender address of e-mail alerts, e.g. bousai@example-city.jp"),
			new RequiredSetting("tsutawaru.line.channel-secret", "LINE_CHANNEL_SECRET",
					"the LINE channel secret that signs webhooks"),
			new RequiredSetting("tsutawaru.line.channel-token", "LINE_CHANNEL_TOKEN", "the LINE channel access token"),
			new RequiredSetting("tsutawaru.app.public-base-url", "PUBLIC_BASE_URL",
					"the public address of this service, e.g. https://alerts.example-city.jp"),
			new RequiredSetting("tsutawaru.notifier.cap.sender", "CAP_SENDER",
					"the city's sender id in CAP and L-Alert documents, e.g. bousai@example-city.jp"),
			new RequiredSetting("tsutawaru.notifier.cap.sender-name", "CITY_NAME",
					"the city's name as residents know it, e.g. 伝わる市"),
			new RequiredSetting("tsutawaru.notifier.cap.organization-code", "CITY_CODE",
					"the city's JIS X 0402 municipality code, e.g. 131016"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		for (RequiredSetting setting : REQUIRED) {
			String value = environment.getProperty(setting.property());
			if (value == null || value.isBlank()) {
				throw new MissingProductionSettingException(setting);
			}
		}
	}

	/**
	 * After the configuration files, so that the profile and the values they define are
	 * known.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	record RequiredSetting(String property, String variable, String meaning) {
	}

}
