package io.tsutawaru.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts {@code app/target/tsutawaru.jar} the way the README does, with no configuration,
 * and walks the first steps of the tour: health, a resident following the account in the
 * sandbox and getting the greeting. It catches what the in-process tests cannot: a
 * dependency missing from the jar, a resource only found on the test class path.
 */
class PackagedJarIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process service;

	@AfterEach
	void stop() throws InterruptedException {
		if (service != null) {
			service.destroy();
			if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				service.destroyForcibly();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theJarStartsOnItsEmbeddedDefaultsAndTheBotGreetsANewFriend(@TempDir Path workDir) throws Exception {
		Path jar = Path.of("target/tsutawaru.jar").toAbsolutePath();
		assertThat(jar).exists();
		String java = ProcessHandle.current().info().command().orElse("java");
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString())).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("service.log").toFile());
		// Nothing configured but the port: everything else is the embedded defaults under
		// ./data.
		builder.environment()
			.keySet()
			.removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("REDIS_") || name.startsWith("SMTP_")
					|| name.startsWith("LINE_") || name.equals("SPRING_PROFILES_ACTIVE"));
		builder.environment().put("PORT", String.valueOf(port));
		service = builder.start();
		String base = "http://127.0.0.1:" + port;

		await().atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofSeconds(1))
			.ignoreExceptions()
			.untilAsserted(() -> {
				assertThat(service.isAlive()).as("service still running").isTrue();
				assertThat(send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build()).body())
					.contains("\"status\":\"UP\"");
			});
		assertThat(workDir.resolve("data/db")).isDirectory();

		HttpResponse<String> follow = send(HttpRequest.newBuilder(URI.create(base + "/sandbox/chat/events"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"taro\",\"type\":\"follow\"}"))
			.build());
		assertThat(follow.statusCode()).isEqualTo(200);
		assertThat(follow.body()).contains("\"webhookStatus\":200");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(
					send(HttpRequest.newBuilder(URI.create(base + "/sandbox/chat/messages?name=taro")).build()).body())
				.contains("\"via\":\"reply\""));

		String log = Files.readString(workDir.resolve("service.log"));
		assertThat(log).contains("Started TsutawaruApplication").doesNotContain("ClassNotFoundException");
	}

}
