package io.tsutawaru.app.embedded;

import io.tsutawaru.app.AppProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a Redis server in-process when {@code REDIS_URL} is not set, and hands its
 * address to Spring Data Redis through connection details, the same way a Testcontainers
 * service connection would.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.redis.url:}'.isBlank() and '${spring.data.redis.host:}'.isBlank()")
class EmbeddedRedisConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedRedis embeddedRedis(AppProperties properties) {
		return new EmbeddedRedis(properties.dataDir().resolve("redis"));
	}

	@Bean
	DataRedisConnectionDetails embeddedRedisConnectionDetails(EmbeddedRedis redis) {
		return new DataRedisConnectionDetails() {
			@Override
			public Standalone getStandalone() {
				return Standalone.of("127.0.0.1", redis.port());
			}
		};
	}

}
