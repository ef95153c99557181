package io.tsutawaru.infrastructure.redis;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RedisPoolConfigurationTests {

	@Test
	void addsAConnectionForEveryBlockingReaderToTheConfiguredPool() {
		var properties = new DataRedisProperties.Pool();

		var pool = RedisPoolConfiguration.poolWithRoomFor(properties,
				List.of(new BlockingReaders("delivery workers", 8), new BlockingReaders("webhook event reader", 1)));

		assertThat(pool.getMaxTotal()).isEqualTo(properties.getMaxActive() + 9);
		assertThat(pool.getMaxIdle()).isEqualTo(properties.getMaxIdle() + 9);
	}

	@Test
	void keepsTheOtherPoolSettings() {
		var properties = new DataRedisProperties.Pool();
		properties.setMinIdle(2);
		properties.setMaxWait(Duration.ofMillis(750));
		properties.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));

		var pool = RedisPoolConfiguration.poolWithRoomFor(properties, List.of());

		assertThat(pool.getMaxTotal()).isEqualTo(properties.getMaxActive());
		assertThat(pool.getMinIdle()).isEqualTo(2);
		assertThat(pool.getMaxWaitDuration()).isEqualTo(Duration.ofMillis(750));
		assertThat(pool.getDurationBetweenEvictionRuns()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void leavesAnUnlimitedPoolUnlimited() {
		var properties = new DataRedisProperties.Pool();
		properties.setMaxActive(-1);
		properties.setMaxIdle(-1);

		var pool = RedisPoolConfiguration.poolWithRoomFor(properties, List.of(new BlockingReaders("workers", 4)));

		assertThat(pool.getMaxTotal()).isEqualTo(-1);
		assertThat(pool.getMaxIdle()).isEqualTo(-1);
	}

	@Test
	void refusesANegativeNumberOfConnections() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BlockingReaders("workers", -1));
	}

}
