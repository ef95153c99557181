package io.tsutawaru.bot.webhook;

import io.tsutawaru.bot.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts each resident's events in a window that opens with their first event (Redis
 * {@code INCR}, and an expiry set by that first one), so one account sending a flood is
 * told to slow down once and then ignored until the window closes, while everyone else is
 * answered. Starting the window at the first event, rather than at clock boundaries,
 * means a burst cannot straddle two windows and get twice the allowance.
 */
@Component
class ResidentRateLimit {

	private static final Logger log = LoggerFactory.getLogger(ResidentRateLimit.class);

	private static final String PREFIX = "tsutawaru:bot:rate:";

	/** What to do with one more event of a resident. */
	enum Verdict {

		/** Within the limit. */
		ALLOW,
		/** The first event over the limit: tell the resident to wait. */
		WARN,
		/** Further over the limit: stay quiet. */
		DROP

	}

	private final StringRedisTemplate redis;

	private final BotProperties.RateLimit limit;

	ResidentRateLimit(StringRedisTemplate redis, BotProperties properties) {
		this.redis = redis;
		this.limit = properties.rateLimit();
	}

	Verdict check(String userId) {
		String key = PREFIX + userId;
		try {
			Long count = redis.opsForValue().increment(key);
			if (count != null && count == 1) {
				redis.expire(key, limit.window());
			}
			if (count == null || count <= limit.events()) {
				return Verdict.ALLOW;
			}
			if (Long.valueOf(-1).equals(redis.getExpire(key))) {
				// The expiry of the first event was lost (a crash between the two calls):
				// never limit for ever.
				redis.expire(key, limit.window());
			}
			return count == limit.events() + 1 ? Verdict.WARN : Verdict.DROP;
		}
		catch (RuntimeException unreachable) {
			log.warn("Rate limit not checked, Redis unreachable: {}", unreachable.toString());
			return Verdict.ALLOW;
		}
	}

}
