package io.tsutawaru.bot.webhook;

import io.tsutawaru.bot.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the webhook event ids already handled (Redis {@code SET NX} with a time to
 * live), so an event LINE delivers again acts only once, whichever process receives it.
 */
@Component
class RedeliveryFilter {

	private static final Logger log = LoggerFactory.getLogger(RedeliveryFilter.class);

	private static final String PREFIX = "tsutawaru:bot:event:";

	private final StringRedisTemplate redis;

	private final BotProperties properties;

	RedeliveryFilter(StringRedisTemplate redis, BotProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/**
	 * Whether this is the first time the event is seen. Events without an id cannot be
	 * deduplicated and are handled; so are events while Redis is unreachable, because
	 * answering twice is better than never.
	 */
	boolean firstTime(String webhookEventId) {
		if (webhookEventId == null || webhookEventId.isBlank()) {
			return true;
		}
		try {
			return !Boolean.FALSE
				.equals(redis.opsForValue().setIfAbsent(PREFIX + webhookEventId, "1", properties.dedupeTtl()));
		}
		catch (RuntimeException unreachable) {
			log.warn("Could not check event {} for redelivery: {}", webhookEventId, unreachable.toString());
			return true;
		}
	}

}
