package io.tsutawaru.infrastructure.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog gauges read a real Redis stream: unread entries, entries a consumer holds,
 * the oldest unread's age.
 */
class StreamBacklogTests {

	static RedisServer server;

	static LettuceConnectionFactory connections;

	static StringRedisTemplate redis;

	@BeforeAll
	static void startRedis() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		server = RedisServer.newRedisServer()
			.bind("127.0.0.1")
			.port(port)
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		server.start();
		connections = new LettuceConnectionFactory("127.0.0.1", port);
		connections.afterPropertiesSet();
		connections.start();
		redis = new StringRedisTemplate(connections);
	}

	@AfterAll
	static void stopRedis() throws IOException {
		connections.destroy();
		server.stop();
	}

	@Test
	void countsUnreadAndClaimedEntriesOfTheGroupAndTheAgeOfTheOldestUnread() {
		String key = "test:backlog:" + UUID.randomUUID();
		redis.opsForStream().createGroup(key, ReadOffset.from("0"), "workers");
		for (int i = 0; i < 5; i++) {
			redis.opsForStream().add(key, Map.of("batch", String.valueOf(i)));
		}
		StreamBacklog backlog = new StreamBacklog(redis, key, "workers", 3);
		assertThat(backlog.waiting()).as("up to the limit").isEqualTo(3);
		assertThat(backlog.claimed()).isZero();

		var read = redis.opsForStream()
			.read(Consumer.from("workers", "w1"), StreamReadOptions.empty().count(2),
					StreamOffset.create(key, ReadOffset.lastConsumed()));
		assertThat(backlog.waiting()).isEqualTo(3);
		assertThat(backlog.claimed()).isEqualTo(2);
		redis.opsForStream().acknowledge(key, "workers", read.get(0).getId());
		assertThat(backlog.claimed()).isEqualTo(1);
		// The third entry is the oldest nobody read; its id is the millisecond it was
		// added.
		Duration oldest = backlog.oldestWaiting(Instant.now().plusSeconds(60));
		assertThat(oldest).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));

		redis.opsForStream()
			.read(Consumer.from("workers", "w1"), StreamReadOptions.empty().count(10),
					StreamOffset.create(key, ReadOffset.lastConsumed()));
		assertThat(backlog.waiting()).isZero();
		assertThat(backlog.oldestWaiting(Instant.now())).isZero();
		assertThat(backlog.claimed()).isEqualTo(4);
		assertThat(new StreamBacklog(redis, "test:backlog:none", "workers", 3).waiting()).as("no stream yet").isZero();
	}

}
