package io.tsutawaru.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that start the whole service on its embedded defaults: H2 file
 * database, embedded Redis and SMTP, LINE sandbox. Every subclass shares one running
 * service (Spring caches the context), in a data directory of its own so that no earlier
 * run leaks in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "DEMO_PR_PASSWORD=pr-password", "DEMO_EMERGENCY_PASSWORD=emergency-password",
				"DEMO_EDITOR_PASSWORD=editor-password", "DEMO_DESK_PASSWORD=desk-password",
				"DEMO_ADMIN_PASSWORD=admin-password",
				// The tests check which FAQ answers a question, so the sample's vectors
				// exist before the first one; knowledge-base's VectorCompletionTests hold
				// the background completion production uses.
				"tsutawaru.kb.semantic.vectors-in-background=false",
				// Every test reaches the answer pages from 127.0.0.1, a few hundred times
				// (EmailAnswerLinkTests' garbage tokens); the limit itself is the
				// notifier's AnswerPagesRateLimitTests'.
				"tsutawaru.notifier.answer-links.rate-limit.requests=100000" })
// On the base class so every subclass asks for the same context: a second context would
// share the data folder
// and stop the first one's embedded Redis.
@AutoConfigureTestRestTemplate
public abstract class ServiceTest {

	private static final Path DATA_DIR = createDataDir();

	static {
		// The tests wait for asynchronous work (bot replies, deliveries) to check what
		// happens, not how fast: the
		// benchmarks measure speed. A minute keeps them right on a slow, busy CI machine.
		Awaitility.setDefaultTimeout(Duration.ofMinutes(1));
	}

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("tsutawaru.data-dir", DATA_DIR::toString);
	}

	private static Path createDataDir() {
		try {
			Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(Path.of("target"), "service-test-data-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
