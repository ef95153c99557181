package io.tsutawaru.bot;

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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.linecorp.bot.parser.LineSignatureValidator;
import io.tsutawaru.kb.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4's webhook benchmark, not part of the test suite (its name does not end in
 * {@code Tests}); run it with {@code -Dtest=WebhookBenchmark -Dbenchmark=true}. Posts one
 * signed event every 5 ms (200 events/s, open loop: a slow answer does not delay the next
 * post) for a warm-up and then the measured period, from many residents, each a question
 * the knowledge base answers. It measures the webhook's acknowledgement time at the
 * client and the time from posting the question to LINE (WireMock) receiving the reply
 * call, and writes the percentiles to {@code target/webhook-benchmark.txt}. It asserts
 * only what must hold at any speed: every call acknowledged with 200, and every question
 * answered by exactly one reply.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class WebhookBenchmark extends LineWebhookTestSupport {

	private static final int RATE_PER_SECOND = Integer.getInteger("benchmark.rate", 200);

	private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 10);

	private static final int MEASURED_SECONDS = Integer.getInteger("benchmark.seconds", 60);

	/**
	 * Enough residents that none reaches the rate limit (20 a minute) at 200 events/s.
	 */
	private static final int RESIDENTS = 2000;

	private final HttpClient http = HttpClient.newBuilder()
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	private final LineSignatureValidator signer = new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8));

	@Test
	void webhookAtTwoHundredEventsPerSecond() throws Exception {
		knowledgeBase.script("粗大ごみの出し方", Decision.ANSWER, ScriptedKnowledgeBase.GARBAGE,
				ScriptedKnowledgeBase.RECYCLING);
		run("warm-up", WARM_UP_SECONDS);
		line.resetRequests();
		Run measured = run("measured", MEASURED_SECONDS);

		List<Long> replyLatencies = replyLatencies(measured.sentAtMillis, measured.total());
		String report = "Webhook benchmark: %d events/s for %d s (after %d s warm-up), %d events, %d residents%n"
			.formatted(RATE_PER_SECOND, MEASURED_SECONDS, WARM_UP_SECONDS, measured.total(), RESIDENTS)
				+ "acknowledgement (client-side, ms): " + Percentiles.of(measured.ackMicros, 1000.0) + "%n".formatted()
				+ "question to reply call at LINE (ms): " + Percentiles.of(replyLatencies, 1.0) + "%n".formatted()
				+ "non-200 acknowledgements: " + measured.failures.get() + "%n".formatted();
		System.out.print(report);
		Files.writeString(Path.of("target/webhook-benchmark.txt"), report);

		assertThat(measured.failures.get()).isZero();
		assertThat(replyLatencies).hasSize(measured.total());
	}

	/**
	 * Posts events at the fixed rate for a while and waits until each is acknowledged.
	 */
	private Run run(String name, int seconds) throws InterruptedException {
		Run run = new Run(name);
		int events = RATE_PER_SECOND * seconds;
		AtomicInteger next = new AtomicInteger();
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		long periodMicros = 1_000_000L / RATE_PER_SECOND;
		clock.scheduleAtFixedRate(() -> {
			int n = next.getAndIncrement();
			if (n < events) {
				send(run, n);
			}
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
		await().atMost(Duration.ofSeconds(seconds + 120))
			.pollInterval(Duration.ofMillis(200))
			.conditionEvaluationListener(condition -> {
				if (condition.getElapsedTimeInMS() % 10_000 < 200) {
					System.out.printf("%s: %d of %d sent, %d acknowledged%n", name, Math.min(next.get(), events),
							events, run.acknowledged.get());
				}
			})
			.until(() -> run.acknowledged.get() == events);
		clock.shutdownNow();
		return run;
	}

	private void send(Run run, int n) {
		String token = run.name + "-" + n;
		String payload = body(text("Ubench" + (n % RESIDENTS), token, "粗大ごみの出し方"));
		String signature = Base64.getEncoder()
			.encodeToString(signer.generateSignature(payload.getBytes(StandardCharsets.UTF_8)));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/line/webhook"))
			.header("Content-Type", "application/json")
			.header("X-Line-Signature", signature)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(payload))
			.build();
		long started = System.nanoTime();
		run.sentAtMillis.put(token, System.currentTimeMillis());
		http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			run.ackMicros.add((System.nanoTime() - started) / 1000);
			if (failure != null || response.statusCode() != 200) {
				run.failures.incrementAndGet();
			}
			run.acknowledged.incrementAndGet();
		});
	}

	/**
	 * Waits for every reply call and returns, per question, the milliseconds from posting
	 * to LINE receiving it.
	 */
	private static List<Long> replyLatencies(Map<String, Long> sentAtMillis, int expected) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> line.getAllServeEvents().stream().filter(WebhookBenchmark::isReply).count() >= expected);
		List<Long> latencies = new ArrayList<>();
		for (ServeEvent call : line.getAllServeEvents()) {
			if (!isReply(call)) {
				continue;
			}
			String bodyText = call.getRequest().getBodyAsString();
			int start = bodyText.indexOf("\"replyToken\":\"") + 14;
			Long sent = sentAtMillis.get(bodyText.substring(start, bodyText.indexOf('"', start)));
			if (sent != null) {
				latencies.add(call.getRequest().getLoggedDate().getTime() - sent);
			}
		}
		return latencies;
	}

	private static boolean isReply(ServeEvent call) {
		return call.getRequest().getUrl().equals(REPLY);
	}

	private record Run(String name, Map<String, Long> sentAtMillis, List<Long> ackMicros, AtomicInteger acknowledged,
			AtomicInteger failures) {

		Run(String name) {
			this(name, new ConcurrentHashMap<>(), Collections.synchronizedList(new ArrayList<>()), new AtomicInteger(),
					new AtomicInteger());
		}

		int total() {
			return ackMicros.size();
		}

	}

	/** p50, p95, p99 and the maximum of a list of samples, scaled to the unit printed. */
	private record Percentiles(double p50, double p95, double p99, double max) {

		static Percentiles of(List<Long> samples, double divisor) {
			List<Long> sorted = samples.stream().sorted().toList();
			if (sorted.isEmpty()) {
				return new Percentiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
			}
			return new Percentiles(at(sorted, 0.50) / divisor, at(sorted, 0.95) / divisor, at(sorted, 0.99) / divisor,
					sorted.get(sorted.size() - 1) / divisor);
		}

		private static long at(List<Long> sorted, double quantile) {
			return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
		}

		@Override
		public String toString() {
			return "p50 %.1f, p95 %.1f, p99 %.1f, max %.1f".formatted(p50, p95, p99, max);
		}

	}

}
