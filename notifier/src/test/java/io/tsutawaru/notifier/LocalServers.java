package io.tsutawaru.notifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import redis.embedded.RedisServer;

import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The real servers the notifier meets, started once per test run: Redis (a real
 * redis-server), SMTP (GreenMail) and WireMock standing in for LINE and the disaster
 * gateways. Tests extend this class so that they share one application context.
 */
public abstract class LocalServers {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

	private static final int AREAS = 40;

	private static final AtomicInteger nextArea = new AtomicInteger();

	protected static final WireMockServer gateways = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1"));

	private static final int redisPort = freePort();

	static {
		gateways.start();
		try {
			RedisServer redis = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(redisPort)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			redis.start();
			// After Spring has closed the test contexts, not beside it in a JVM shutdown
			// hook of its own: with Redis
			// gone first, the contexts' workers wait out their Redis commands and the
			// JVM's exit takes minutes.
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					redis.stop();
				}
				catch (IOException stopping) {
					// The JVM is exiting anyway.
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestSmtp.register(registry);
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> redisPort);
		registry.add("tsutawaru.line.api-endpoint", gateways::baseUrl);
		registry.add("tsutawaru.line.channel-token", () -> "test-token");
		registry.add("tsutawaru.notifier.gateways.lalert-url", () -> gateways.baseUrl() + "/lalert");
		registry.add("tsutawaru.notifier.gateways.radio-url", () -> gateways.baseUrl() + "/radio");
		registry.add("tsutawaru.notifier.gateways.cms-webhook-url", () -> gateways.baseUrl() + "/cms");
		registry.add("tsutawaru.notifier.gateways.cap-hub-url", () -> gateways.baseUrl() + "/hub");
		registry.add("tsutawaru.notifier.gateways.readings.[北部]", () -> "ほくぶ");
		registry.add("tsutawaru.notifier.cap.organization-code", () -> "232386");
		registry.add("tsutawaru.notifier.cap.sender-name", () -> "長久手市");
		registry.add("tsutawaru.notifier.fan-out.workers", () -> 2);
		registry.add("tsutawaru.notifier.fan-out.stream-key", () -> "tsutawaru:test:" + RUN);
		registry.add("tsutawaru.notifier.line.requests-per-second", () -> 1000);
		registry.add("tsutawaru.notifier.test-group.line-user-ids", () -> "Utestgroup000000000000000000000001");
		registry.add("tsutawaru.notifier.test-group.emails", () -> "testgroup@city.example.jp");
		List<String> areas = new ArrayList<>(List.of("北部", "中央", "南部", "東部", "西部"));
		for (int i = 0; i < AREAS; i++) {
			areas.add(area(i));
		}
		registry.add("tsutawaru.notifier.attributes.areas", () -> String.join(",", areas));
	}

	/**
	 * An area no other test uses, so a rule selecting it reaches only the residents the
	 * test created.
	 */
	protected static String freshArea() {
		return area(nextArea.getAndIncrement() % AREAS);
	}

	private static String area(int i) {
		return "試験区" + RUN + "-" + i;
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
