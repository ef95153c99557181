package io.tsutawaru.notifier.delivery;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.LocalServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettucePoolingClientConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool of the real connection factory: the test context runs 2 delivery workers and 6
 * emergency workers.
 */
@SpringBootTest
class RedisPoolWiringTests extends LocalServers {

	@Autowired
	LettuceConnectionFactory connections;

	@Autowired
	DataRedisProperties redis;

	@Test
	void thePoolHasAConnectionForEachWaitingWorkerBesidesItsConfiguredSize() {
		assertThat(connections.getClientConfiguration()).isInstanceOf(LettucePoolingClientConfiguration.class);
		var pool = ((LettucePoolingClientConfiguration) connections.getClientConfiguration()).getPoolConfig();

		assertThat(pool.getMaxTotal()).isEqualTo(redis.getLettuce().getPool().getMaxActive() + 2 + 6);
		assertThat(pool.getMaxIdle()).isEqualTo(redis.getLettuce().getPool().getMaxIdle() + 2 + 6);
	}

}
