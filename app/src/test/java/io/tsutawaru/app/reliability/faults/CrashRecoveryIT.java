package io.tsutawaru.app.reliability.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service killed with {@code kill -9} in the middle of a fan-out, against
 * stand-ins on loopback that outlive it (WireMock as LINE with its retry-key rule,
 * GreenMail as the mail server): after a restart, or with a second worker process
 * carrying on, every resident is reached once per channel. LINE holds exactly once
 * through its retry keys. E-mail has no such key: a message the mail server accepted just
 * before the kill, whose ledger row was never written, is sent again, so the bound
 * checked is at most one duplicate per worker thread of the killed process.
 */
class CrashRecoveryIT {

	private static final int WORKERS = 4;

	private static final String EVERYONE = "language in (\\\"ja\\\", \\\"en\\\", \\\"easy-ja\\\")";

	private static final LineStandIn line = new LineStandIn();

	private static final SmtpStandIn smtp = new SmtpStandIn(freePort());

	private final List<ServiceProcess> services = new ArrayList<>();

	@BeforeEach
	void forgetEarlierTests() {
		line.reset();
	}

	@AfterAll
	static void stopStandIns() {
		line.shutdown();
		smtp.close();
	}

	@Test
	void everyResidentIsReachedOncePerChannelWhenTheServiceIsKilledMidFanOutAndRestarted(@TempDir Path workDir)
			throws Exception {
		Map<String, String> environment = Map.of("LINE_API_ENDPOINT", line.baseUrl(), "SMTP_HOST", "127.0.0.1",
				"SMTP_PORT", String.valueOf(smtp.port()), "SMTP_USER", SmtpStandIn.USER, "SMTP_PASSWORD",
				SmtpStandIn.USER);
		try {
			ServiceProcess first = start(workDir, "first", environment);
			first.createResidents(2_000, 7);
			String title = "断水のお知らせ（停止試験）";
			JsonNode issued = first.postAsStaff("/api/notices", notice(title));
			long id = issued.path("id").asLong();
			Audience audience = new Audience(issued.path("audience").path("line").asInt(),
					issued.path("audience").path("email").asInt());

			await().atMost(Duration.ofMinutes(2))
				.until(() -> line.deliveries().acceptedKeys() >= 8 && smtp.received(title).size() >= 100);
			first.kill();
			Progress atKill = progress(title);
			System.out.printf("killed with kill -9 after %s of LINE %d / e-mail %d%n", atKill, audience.line(),
					audience.email());
			assertThat(atKill.lineResidents()).isLessThan(audience.line());
			assertThat(atKill.emails()).isLessThan(audience.email());

			ServiceProcess second = start(workDir, "second", environment);
			awaitSent(second, id);
			assertReachedOnce(title, audience);
		}
		finally {
			stopAll();
			stopOrphanedRedis(workDir);
		}
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
	void twoWorkerProcessesShareAFanOutAndWhenOneIsKilledTheOtherFinishesIt(@TempDir Path workDir) throws Exception {
		int redisPort = freePort();
		RedisServer redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort).setting("save \"\"").build();
		redis.start();
		String schema = "t_faults_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String url = System.getenv("TSUTAWARU_TEST_POSTGRES_URL");
		Map<String, String> environment = Map.of("LINE_API_ENDPOINT", line.baseUrl(), "SMTP_HOST", "127.0.0.1",
				"SMTP_PORT", String.valueOf(smtp.port()), "SMTP_USER", SmtpStandIn.USER, "SMTP_PASSWORD",
				SmtpStandIn.USER, "REDIS_URL", "redis://127.0.0.1:" + redisPort, "DATABASE_URL",
				url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "DATABASE_USER",
				System.getenv().getOrDefault("TSUTAWARU_TEST_POSTGRES_USER", ""), "DATABASE_PASSWORD",
				System.getenv().getOrDefault("TSUTAWARU_TEST_POSTGRES_PASSWORD", ""));
		List<String> schemaArguments = List.of("--spring.flyway.default-schema=" + schema,
				"--spring.flyway.create-schemas=true");
		RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisPort);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			Files.createDirectories(workDir.resolve("a"));
			Files.createDirectories(workDir.resolve("b"));
			ServiceProcess a = start(workDir.resolve("a"), "a", environment, schemaArguments);
			ServiceProcess b = start(workDir.resolve("b"), "b", environment, schemaArguments);
			a.createResidents(2_000, 11);
			String title = "避難所開設のお知らせ（二台試験）";
			JsonNode issued = a.postAsStaff("/api/notices", notice(title));
			long id = issued.path("id").asLong();
			Audience audience = new Audience(issued.path("audience").path("line").asInt(),
					issued.path("audience").path("email").asInt());

			// Killed while it holds batches it read and has not acknowledged: the other
			// process must take them over.
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> pendingOf(connection, b.pid()) > 0 && line.deliveries().acceptedKeys() >= 8);
			b.kill();
			Progress atKill = progress(title);
			System.out.printf("worker process b killed with kill -9 after %s of LINE %d / e-mail %d%n", atKill,
					audience.line(), audience.email());
			assertThat(atKill.lineResidents()).isLessThan(audience.line());

			awaitSent(a, id);
			assertReachedOnce(title, audience);
		}
		finally {
			stopAll();
			client.shutdown();
			redis.stop();
		}
	}

	private ServiceProcess start(Path workDir, String name, Map<String, String> environment) throws IOException {
		return start(workDir, name, environment, List.of());
	}

	private ServiceProcess start(Path workDir, String name, Map<String, String> environment, List<String> extra)
			throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--tsutawaru.notifier.fan-out.workers=" + WORKERS,
				"--tsutawaru.notifier.fan-out.claim-idle=10s", "--tsutawaru.notifier.line.batch-size=50",
				"--tsutawaru.notifier.line.requests-per-second=2", "--tsutawaru.notifier.mail.messages-per-second=40"));
		arguments.addAll(extra);
		ServiceProcess service = ServiceProcess.start(workDir, name, environment, arguments);
		services.add(service);
		return service;
	}

	private static String notice(String title) {
		return """
				{"title": "%s", "body": "%sの本文です。", "severity": "warning", "channels": ["line", "email"],
				 "segmentRule": "%s"}""".formatted(title, title, EVERYONE);
	}

	private static void awaitSent(ServiceProcess service, long id) {
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(service.getAsStaff("/api/notices/" + id).path("status").asString())
				.isEqualTo("sent"));
	}

	private static void assertReachedOnce(String title, Audience audience) {
		LineStandIn.Deliveries deliveries = line.deliveries();
		Map<String, Integer> mails = smtp.received(title);
		long mailedTwice = mails.values().stream().filter(n -> n > 1).count();
		System.out.printf(
				"after recovery: LINE %d residents (%d twice, %d multicasts, replies %s); e-mail %d addresses "
						+ "(%d twice)%n",
				deliveries.received().size(), deliveries.duplicates(), deliveries.acceptedKeys(), line.replies(),
				mails.size(), mailedTwice);
		assertThat(deliveries.withoutKey()).isZero();
		assertThat(deliveries.received()).hasSize(audience.line());
		assertThat(deliveries.duplicates()).isZero();
		assertThat(mails).hasSize(audience.email());
		assertThat(mailedTwice).as("e-mails sent twice: at most one per worker of the killed process")
			.isLessThanOrEqualTo(WORKERS);
	}

	private static Progress progress(String title) {
		return new Progress(line.deliveries().received().size(), smtp.received(title).size());
	}

	/**
	 * Entries the process's consumers read and have not acknowledged, on the routine
	 * stream.
	 */
	private static long pendingOf(StatefulRedisConnection<String, String> connection, long pid) {
		long pending = 0;
		for (Object consumer : connection.sync().xinfoConsumers("tsutawaru:deliveries:routine", "notifier-workers")) {
			List<?> fields = (List<?>) consumer;
			if (String.valueOf(fields.get(1)).startsWith(pid + "@")) {
				pending += ((Number) fields.get(3)).longValue();
			}
		}
		return pending;
	}

	private void stopAll() throws InterruptedException {
		for (ServiceProcess service : services) {
			service.close();
		}
		services.clear();
	}

	/**
	 * The embedded redis-server of a killed service outlives it; the restarted one stops
	 * it, a failed test may not.
	 */
	private static void stopOrphanedRedis(Path workDir) throws IOException {
		Path pidFile = workDir.resolve("data/redis/redis.pid");
		if (Files.isRegularFile(pidFile)) {
			ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
				.filter(process -> process.info().command().orElse("").contains("redis-server"))
				.ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private static int freePort() {
		try {
			return ServiceProcess.freePort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	record Audience(int line, int email) {
	}

	record Progress(int lineResidents, int emails) {
	}

}
