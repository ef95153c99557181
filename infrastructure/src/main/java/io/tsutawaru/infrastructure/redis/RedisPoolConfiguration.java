package io.tsutawaru.infrastructure.redis;

import java.util.List;

import io.lettuce.core.api.StatefulConnection;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.lettuce.LettucePoolingClientConfiguration.LettucePoolingClientConfigurationBuilder;

/**
 * Gives the Lettuce connection pool one connection more for each blocking reader of the
 * process. Lettuce sends ordinary commands over one shared connection, but a blocking
 * {@code XREADGROUP} borrows a pooled connection and keeps it for the whole wait. With
 * Spring Boot's default of 8, the notifier's default workers (2 + 6 for emergencies) and
 * the bot's reader already took every connection, and the bot's next read waited for a
 * worker's read to time out: residents' answers came hundreds of milliseconds late on an
 * idle machine. {@code spring.data.redis.lettuce.pool.max-active} keeps its meaning: the
 * connections for everything else.
 *
 * <p>
 * An auto-configuration (listed in {@code META-INF/spring/…AutoConfiguration.imports}),
 * so that every Spring Boot application with this module on its class path gets it,
 * whichever packages it scans: the app, and each module's test application.
 */
@AutoConfiguration
@ConditionalOnClass(GenericObjectPoolConfig.class)
class RedisPoolConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RedisPoolConfiguration.class);

	@Bean
	LettuceClientConfigurationBuilderCustomizer roomForBlockingReaders(DataRedisProperties redis,
			ObjectProvider<BlockingReaders> readers) {
		return builder -> {
			if (builder instanceof LettucePoolingClientConfigurationBuilder pooling) {
				List<BlockingReaders> all = readers.orderedStream().toList();
				var pool = poolWithRoomFor(redis.getLettuce().getPool(), all);
				log.info("Redis pool: {} connections, of which {} for blocking readers {}", pool.getMaxTotal(),
						reserved(all), all);
				pooling.poolConfig(pool);
			}
		};
	}

	/**
	 * Spring Boot's mapping of the pool properties, with the readers' connections added
	 * to the maximums.
	 */
	static GenericObjectPoolConfig<StatefulConnection<?, ?>> poolWithRoomFor(DataRedisProperties.Pool properties,
			List<BlockingReaders> readers) {
		int reserved = reserved(readers);
		var pool = new GenericObjectPoolConfig<StatefulConnection<?, ?>>();
		pool.setMaxTotal(properties.getMaxActive() < 0 ? -1 : properties.getMaxActive() + reserved);
		// Idle room too: a reader returns its connection between reads, and a pool with
		// fewer idle places would
		// close it and open a new one for the next read.
		pool.setMaxIdle(properties.getMaxIdle() < 0 ? -1 : properties.getMaxIdle() + reserved);
		pool.setMinIdle(properties.getMinIdle());
		if (properties.getTimeBetweenEvictionRuns() != null) {
			pool.setTimeBetweenEvictionRuns(properties.getTimeBetweenEvictionRuns());
		}
		if (properties.getMaxWait() != null) {
			pool.setMaxWait(properties.getMaxWait());
		}
		return pool;
	}

	private static int reserved(List<BlockingReaders> readers) {
		return readers.stream().mapToInt(BlockingReaders::connections).sum();
	}

}
