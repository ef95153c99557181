package io.tsutawaru.app.reliability.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service ({@code app/target/tsutawaru.jar}) as a real operating-system
 * process, started the way the README starts it, reached over HTTP like staff's scripts
 * reach it, and killed like a power cut.
 */
final class ServiceProcess implements AutoCloseable {

	static final String EMERGENCY_PASSWORD = "emergency-password-for-fault-tests";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final String base;

	private final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.base = "http://127.0.0.1:" + port;
		this.log = log;
	}

	/**
	 * Starts the jar in {@code workDir} with the given environment on top of a clean one
	 * (no settings inherited from the machine), plus {@code arguments}, and waits until
	 * it reports healthy.
	 */
	static ServiceProcess start(Path workDir, String name, Map<String, String> environment, List<String> arguments)
			throws IOException {
		Path jar = Path.of("target/tsutawaru.jar").toAbsolutePath();
		assertThat(jar).exists();
		String java = ProcessHandle.current().info().command().orElse("java");
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString()));
		command.addAll(arguments);
		Path log = workDir.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment()
			.keySet()
			.removeIf(variable -> variable.startsWith("DATABASE_") || variable.startsWith("REDIS_")
					|| variable.startsWith("SMTP_") || variable.startsWith("LINE_")
					|| variable.equals("SPRING_PROFILES_ACTIVE"));
		builder.environment().putAll(environment);
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().put("DEMO_EMERGENCY_PASSWORD", EMERGENCY_PASSWORD);
		builder.environment().put("TSUTAWARU_KB_LOAD_SAMPLE", "false");
		ServiceProcess service = new ServiceProcess(builder.start(), port, log);
		service.awaitHealthy();
		return service;
	}

	private void awaitHealthy() {
		await().atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofSeconds(1))
			.ignoreExceptions()
			.untilAsserted(() -> {
				assertThat(process.isAlive()).as("service still running, see %s", log).isTrue();
				assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
			});
	}

	long pid() {
		return process.pid();
	}

	/**
	 * {@code kill -9}: no shutdown hook, no graceful stop, nothing flushed by the JVM.
	 */
	void kill() throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/** POSTs as the emergency demo account with HTTP Basic, as a script would. */
	JsonNode postAsStaff(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", basic())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return JSON.readTree(response.body());
	}

	JsonNode getAsStaff(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** Synthetic residents through the sandbox. */
	void createResidents(int count, long seed) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create(base + "/sandbox/subscribers?count=" + count + "&seed=" + seed))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	String log() throws IOException {
		return Files.readString(log);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("emergency:" + EMERGENCY_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
