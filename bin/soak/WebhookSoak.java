import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Load generator for the LINE webhook (issue 8 soak, issue 4 benchmark), run as its own process with the JDK's
 * source launcher: {@code java bin/soak/WebhookSoak.java --url http://127.0.0.1:18090 --rate 500 --seconds 300}.
 *
 * <p>It plays both sides of LINE. As LINE's webhook sender it posts one signed event at a time on a fixed schedule
 * (open loop: a slow answer never delays the next post), each a resident's question, and times each
 * acknowledgement. As LINE's Messaging API (the service's {@code LINE_API_ENDPOINT} points at {@code --line-port})
 * it receives the bot's reply and push calls, so it counts every event answered, answered twice, or not at all, and
 * times each question to its reply call. Events of the warm-up are left out of the figures.
 */
public class WebhookSoak {

	private static final String[] QUESTIONS = { "粗大ごみの出し方", "保育園の申し込み", "マイナンバーカードの受け取り",
			"子どもの予防接種", "ごみの分別", "住民票の写し", "国民健康保険", "犬の登録" };

	private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

	/**
	 * Part of every event id and reply token, so that a second run against the same service is not dropped as
	 * redeliveries, and a late reply to an earlier run is not counted as this run's.
	 */
	private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

	private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	private final Map<String, Long> repliedAt = new ConcurrentHashMap<>();

	private final AtomicInteger duplicateReplies = new AtomicInteger();

	private final AtomicInteger pushes = new AtomicInteger();

	/** Replies to another run's events (a backlog that run left), counted apart from this run's. */
	private final AtomicInteger otherRunsReplies = new AtomicInteger();

	/** When the bot last called the LINE stand-in, to tell when its backlog is empty. */
	private volatile long lastLineCall = System.nanoTime();

	private final List<Long> ackMicros = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger acknowledged = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new java.util.HashMap<>(Map.of("--url", "http://127.0.0.1:18090", "--secret",
				"sandbox-channel-secret", "--rate", "500", "--seconds", "300", "--warmup", "15", "--residents", "6000",
				"--line-port", "18099", "--out", "target/webhook-soak.txt", "--drain-minutes", "10"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		new WebhookSoak().run(options);
	}

	void run(Map<String, String> options) throws Exception {
		HttpServer line = lineStandIn(Integer.parseInt(options.get("--line-port")));
		int rate = Integer.parseInt(options.get("--rate"));
		int seconds = Integer.parseInt(options.get("--seconds"));
		int warmup = Integer.parseInt(options.get("--warmup"));
		int residents = Integer.parseInt(options.get("--residents"));
		URI webhook = URI.create(options.get("--url") + "/line/webhook");
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(options.get("--secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String loadBefore = loadAverage();
		Instant started = Instant.now();

		send(webhook, mac, "warm", rate, warmup, residents);
		int measured = send(webhook, mac, "soak", rate, seconds, residents);
		long sendingEnded = System.nanoTime();
		// A backlog answered after the last post is not lost; only what is still unanswered at the deadline counts so.
		long deadline = sendingEnded + Duration.ofMinutes(Long.parseLong(options.get("--drain-minutes"))).toNanos();
		while (answered() < acknowledged.get() - warmAcknowledged && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		long drainMillis = (System.nanoTime() - sendingEnded) / 1_000_000;
		// The pushes are not told apart by event (a push carries no reply token), so the count above may include
		// late answers to the warm-up; wait until the bot has been quiet for a while, so that a run started after
		// this one (the pre-warm is followed by the measured run) finds no backlog of this one's events.
		while (System.nanoTime() - lastLineCall < Duration.ofSeconds(3).toNanos() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		line.stop(0);

		int replies = (int) repliedAt.keySet().stream().filter(this::measured).count();
		List<Long> replyMillis = new ArrayList<>();
		repliedAt.forEach((token, at) -> {
			Long sent = sentAt.get(token);
			if (measured(token) && sent != null) {
				replyMillis.add((at - sent) / 1000);
			}
		});
		int accepted = acknowledged.get() - warmAcknowledged;
		String report = String.format("""
				Webhook soak %s, %d events/s for %d s after a %d s warm-up, %d residents, against %s
				load average before: %s, after: %s
				events posted: %d; acknowledged 200: %d; refused (non-200): %d; connection failures: %d
				acknowledgement (ms): %s
				answered by reply: %d, by push (warm-up included): %d, twice: %d, not at all: %d (all answered %d ms after the last post); replies to an earlier run's events: %d
				question to reply call (ms): %s
				""", started, rate, seconds, warmup, residents, webhook, loadBefore, loadAverage(), measured, accepted,
				refused.get(), failed.get(), percentiles(ackMicros, 1000.0), replies, pushes.get(), duplicateReplies.get(),
				Math.max(0, accepted - replies - pushes.get()), drainMillis, otherRunsReplies.get(),
				percentiles(replyMillis, 1000.0));
		System.out.print(report);
		Path out = Path.of(options.get("--out"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report);
		System.exit(0);
	}

	private int warmAcknowledged;

	/** Posts {@code rate * seconds} events on schedule; returns how many, once each is acknowledged or failed. */
	private int send(URI webhook, Mac mac, String phase, int rate, int seconds, int residents) throws InterruptedException {
		int events = rate * seconds;
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime();
		AtomicInteger done = new AtomicInteger();
		for (int i = 0; i < events; i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			String token = run + "-" + phase + "-" + i;
			String user = String.format("Usoak%027d", i % residents);
			String body = "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":"
					+ System.currentTimeMillis() + ",\"webhookEventId\":\"" + run + phase.toUpperCase() + "EV" + i + "\",\"replyToken\":\""
					+ token + "\",\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\""
					+ user + "\"},\"message\":{\"id\":\"" + i + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\""
					+ QUESTIONS[i % QUESTIONS.length] + "\"}}]}";
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			String signature;
			synchronized (mac) {
				signature = Base64.getEncoder().encodeToString(mac.doFinal(bytes));
			}
			HttpRequest request = HttpRequest.newBuilder(webhook)
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json; charset=utf-8")
				.header("X-Line-Signature", signature)
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build();
			long posted = System.nanoTime();
			sentAt.put(token, posted);
			http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
				if (failure != null) {
					if (!phase.equals("warm")) {
						failed.incrementAndGet();
					}
				}
				else if (response.statusCode() == 200) {
					acknowledged.incrementAndGet();
					if (!phase.equals("warm")) {
						ackMicros.add((System.nanoTime() - posted) / 1000);
					}
				}
				else {
					refused.incrementAndGet();
				}
				done.incrementAndGet();
			});
		}
		while (done.get() < events) {
			Thread.sleep(50);
		}
		if (phase.equals("warm")) {
			warmAcknowledged = acknowledged.get();
		}
		return events;
	}

	private boolean measured(String token) {
		return token.startsWith(run + "-soak-");
	}

	private long answered() {
		return repliedAt.keySet().stream().filter(this::measured).count() + pushes.get();
	}

	/** The parts of the Messaging API the bot calls, answered as LINE answers them. */
	private HttpServer lineStandIn(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1000);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", exchange -> {
			long arrived = System.nanoTime();
			String path = exchange.getRequestURI().getPath();
			String body = read(exchange.getRequestBody());
			if (path.endsWith("/v2/bot/message/reply") || path.endsWith("/v2/bot/message/push")) {
				lastLineCall = arrived;
			}
			if (path.endsWith("/v2/bot/message/reply")) {
				Matcher token = REPLY_TOKEN.matcher(body);
				if (token.find() && !token.group(1).startsWith(run + "-")) {
					otherRunsReplies.incrementAndGet();
				}
				else if (token.find(0) && repliedAt.putIfAbsent(token.group(1), arrived) != null) {
					duplicateReplies.incrementAndGet();
				}
				answer(exchange, "{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}");
			}
			else if (path.endsWith("/v2/bot/message/push")) {
				pushes.incrementAndGet();
				answer(exchange, "{\"sentMessages\":[{\"id\":\"2\",\"quoteToken\":\"q\"}]}");
			}
			else if (path.contains("/v2/bot/profile/")) {
				String userId = path.substring(path.lastIndexOf('/') + 1);
				answer(exchange, "{\"userId\":\"" + userId + "\",\"displayName\":\"soak\",\"language\":\"ja\"}");
			}
			else {
				answer(exchange, "{}");
			}
		});
		server.start();
		return server;
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("X-Line-Request-Id", "soak");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private static String read(InputStream in) throws IOException {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String percentiles(List<Long> samples, double divisor) {
		List<Long> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return "no samples";
		}
		return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (%d samples)", at(sorted, 0.50) / divisor,
				at(sorted, 0.95) / divisor, at(sorted, 0.99) / divisor, sorted.get(sorted.size() - 1) / divisor,
				sorted.size());
	}

	private static long at(List<Long> sorted, double quantile) {
		return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
	}

}
