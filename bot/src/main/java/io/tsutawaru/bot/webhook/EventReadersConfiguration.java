package io.tsutawaru.bot.webhook;

import io.tsutawaru.infrastructure.redis.BlockingReaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the Redis pool that the {@link EventWorkers}' one reader holds a connection while
 * it waits for events.
 */
@Configuration(proxyBeanMethods = false)
class EventReadersConfiguration {

	@Bean
	BlockingReaders webhookEventReader() {
		return new BlockingReaders("webhook event reader", 1);
	}

}
