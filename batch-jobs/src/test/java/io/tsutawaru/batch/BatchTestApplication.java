package io.tsutawaru.batch;

import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.BotRetention;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Stands in for the app module in tests: the batch jobs with the real knowledge base and
 * notifier, and of the bot only its retention operation (not its webhook), on H2 or
 * PostgreSQL with Flyway.
 */
@SpringBootApplication(scanBasePackages = { "io.tsutawaru.batch", "io.tsutawaru.notifier", "io.tsutawaru.kb",
		"io.tsutawaru.shelters" })
@Import(BotRetention.class)
@EnableConfigurationProperties(BotProperties.class)
public class BatchTestApplication {

}
