package io.tsutawaru.bot.webhook;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import io.tsutawaru.bot.BotProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking over events left unfinished, on a real Redis: an event this process is still
 * handling (it waited behind a backlog longer than the take-over delay) is never taken
 * over, so it is not handled twice; one nobody is handling is.
 */
class EventQueueTests {

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

	private static EventQueue queue() {
		redis.execute((org.springframework.data.redis.core.RedisCallback<Object>) connection -> {
			connection.serverCommands().flushAll();
			return null;
		});
		var properties = new BotProperties(Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofHours(24),
				Duration.ofMinutes(30), new BotProperties.RateLimit(20, Duration.ofMinutes(1)),
				new BotProperties.Webhook(DataSize.ofMegabytes(1), 2, 100_000, Duration.ofMinutes(1), 0),
				Path.of("target"), DataSize.ofMegabytes(10), List.of("road"), List.of("roads"),
				new BotProperties.GeneralContact("総合案内", "", ""), new BotProperties.OfficeHours(
						Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 30), LocalTime.of(17, 15), List.of(), List.of()));
		EventQueue queue = new EventQueue(redis, properties);
		queue.prepare();
		return queue;
	}

	@Test
	void anEventThisProcessIsHandlingIsNotTakenOverWhileOneNobodyHandlesIs() throws InterruptedException {
		EventQueue queue = queue();
		queue.add(List.of(new EventQueue.Queued("U1", "{\"n\":1}"), new EventQueue.Queued("U2", "{\"n\":2}")));
		List<EventQueue.Entry> read = queue.read("process-a", 10, Duration.ofMillis(100));
		assertThat(read).hasSize(2);
		EventQueue.Entry busy = read.get(0);
		EventQueue.Entry failed = read.get(1);
		Thread.sleep(60);

		List<EventQueue.Entry> claimed = queue.claimAbandoned("process-a", Duration.ofMillis(50), 10,
				key -> key.equals(busy.key()));

		assertThat(claimed).extracting(EventQueue.Entry::key).containsExactly(failed.key());
		assertThat(claimed.get(0).json()).isEqualTo(failed.json());
	}

	@Test
	void anEventAcknowledgedIsNeverTakenOver() throws InterruptedException {
		EventQueue queue = queue();
		queue.add(List.of(new EventQueue.Queued("U1", "{\"n\":1}")));
		EventQueue.Entry entry = queue.read("process-a", 10, Duration.ofMillis(100)).get(0);
		queue.ack(entry);
		Thread.sleep(60);

		assertThat(queue.claimAbandoned("process-b", Duration.ofMillis(50), 10, key -> false)).isEmpty();
	}

}
