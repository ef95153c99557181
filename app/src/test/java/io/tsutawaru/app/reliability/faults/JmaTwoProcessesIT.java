package io.tsutawaru.app.reliability.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import io.tsutawaru.app.jma.JmaFeedStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17: two service processes (the packaged jar, twice) on one PostgreSQL and one
 * Redis, both polling the same JMA feed (WireMock) every 100 ms, see the same telegrams
 * at the same moment; each telegram is acted on once and each event makes one notice. The
 * events are the real 2011 震度速報 with its EventID changed in memory (one event per copy),
 * each listed twice on the feed, as JMA's feeds list a telegram in the short and the long
 * feed.
 */
@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
class JmaTwoProcessesIT {

	private static final int EVENTS = 6;

	private static ServiceProcess start(Path workDir, String name, Map<String, String> environment,
			List<String> arguments) {
		try {
			return ServiceProcess.start(workDir.resolve(name), name, environment, arguments);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void twoProcessesSeeingTheSameTelegramsActOnEachOnce(@TempDir Path workDir) throws Exception {
		int redisPort = ServiceProcess.freePort();
		RedisServer redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort).setting("save \"\"").build();
		redis.start();
		String schema = "t_jma2_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String url = System.getenv("TSUTAWARU_TEST_POSTGRES_URL");
		try (JmaFeedStandIn jma = new JmaFeedStandIn()) {
			Map<String, String> environment = Map.of("REDIS_URL", "redis://127.0.0.1:" + redisPort, "DATABASE_URL",
					url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "DATABASE_USER",
					System.getenv().getOrDefault("TSUTAWARU_TEST_POSTGRES_USER", ""), "DATABASE_PASSWORD",
					System.getenv().getOrDefault("TSUTAWARU_TEST_POSTGRES_PASSWORD", ""), "JMA_FEEDS", jma.feedUrl(),
					"JMA_POLL_INTERVAL", "PT0.1S");
			List<String> arguments = List.of("--spring.flyway.default-schema=" + schema,
					"--spring.flyway.create-schemas=true");
			Files.createDirectories(workDir.resolve("a"));
			Files.createDirectories(workDir.resolve("b"));
			// Started side by side: on a busy machine one start takes minutes, and both
			// share the new schema's migrations.
			CompletableFuture<ServiceProcess> first = CompletableFuture
				.supplyAsync(() -> start(workDir, "a", environment, arguments));
			CompletableFuture<ServiceProcess> second = CompletableFuture
				.supplyAsync(() -> start(workDir, "b", environment, arguments));
			try (ServiceProcess a = first.join(); ServiceProcess b = second.join()) {
				String flash = new String(JmaFeedStandIn.telegram("70_32-39_11_120615_01shindosokuhou3.xml"),
						StandardCharsets.UTF_8);
				for (int event = 0; event < EVENTS; event++) {
					byte[] telegram = flash
						.replace("<EventID>20110311144640</EventID>", "<EventID>2011031114464" + event + "</EventID>")
						.getBytes(StandardCharsets.UTF_8);
					jma.publish("震度速報", telegram);
					jma.publish("震度速報", telegram);
				}

				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
					assertThat(a.getAsStaff("/api/jma/telegrams")).hasSize(EVENTS);
					assertThat(a.getAsStaff("/api/notices?limit=200")).hasSize(EVENTS);
				});
				// Both have had time to take every entry; nothing more may appear.
				await().during(Duration.ofSeconds(3))
					.atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(b.getAsStaff("/api/notices?limit=200")).hasSize(EVENTS));
				JsonNode telegrams = b.getAsStaff("/api/jma/telegrams");
				Set<Long> notices = new HashSet<>();
				for (JsonNode row : telegrams) {
					assertThat(row.path("action").asString()).as(row.toString()).isEqualTo("sent");
					notices.add(row.path("noticeId").asLong());
				}
				assertThat(notices).hasSize(EVENTS);
				long taken = a.log().lines().filter(line -> line.contains("was already taken")).count()
						+ b.log().lines().filter(line -> line.contains("was already taken")).count();
				long actedA = a.log().lines().filter(line -> line.contains("): sent notice")).count();
				long actedB = b.log().lines().filter(line -> line.contains("): sent notice")).count();
				System.out.printf("JMA two processes: a sent %d, b sent %d, %d entries found already taken%n", actedA,
						actedB, taken);
				assertThat(actedA + actedB).isEqualTo(EVENTS);
			}
		}
		finally {
			redis.stop();
		}
	}

}
