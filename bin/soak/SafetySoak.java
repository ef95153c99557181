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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Safety-answer soak (issue 18): run by {@code bin/soak/safety-answers}, as its own process with the JDK's source
 * launcher, against the packaged service on PostgreSQL and a real Redis.
 *
 * <p>It plays LINE on both sides and a member of emergency staff. As staff it fills the service with made-up residents
 * ({@code POST /sandbox/subscribers}), sends an alert that asks for a safety answer ({@code POST /api/notices}) and
 * keeps the alert's follow-up page's stream open ({@code GET /console/emergency/{id}/answers}), as the screen does. As
 * LINE's Messaging API it receives the alert's multicasts, which say whom it reached and carry the answer buttons'
 * postback data, and the bot's replies. As LINE's webhook sender it posts one signed postback per resident on a fixed
 * schedule (open loop), a tenth of them 支援が必要です, and times each acknowledgement. Then it reads the tally through
 * the stream and {@code GET /api/notices/{id}/responses}; the script counts the rows in the database.
 */
public class SafetySoak {

	private static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\\[([^\\]]*)\\]");

	private static final Pattern USER = Pattern.compile("\"(U[0-9a-f]{32})\"");

	private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\\d+)");

	private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

	private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

	/** The residents the alert reached, in the order LINE was asked to deliver to them. */
	private final Set<String> reached = Collections.synchronizedSet(new LinkedHashSet<>());

	private final Map<String, Long> repliedAt = new ConcurrentHashMap<>();

	private final AtomicInteger duplicateReplies = new AtomicInteger();

	private final AtomicInteger pushes = new AtomicInteger();

	private final List<Long> ackMicros = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger acknowledged = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	/** The tally's answers in all (確認 + 無事 + 支援) as the stream last said, and when it said so. */
	private final AtomicLong tallied = new AtomicLong();

	private final AtomicLong talliedAt = new AtomicLong();

	private final AtomicInteger streamEvents = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	private String authorization;

	private String base;

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>(Map.of("--url", "http://127.0.0.1:18091", "--secret",
				"sandbox-channel-secret", "--answers", "10000", "--seconds", "50", "--subscribers", "14000",
				"--line-port", "18098", "--out", "target/safety-soak.txt", "--user", "emergency", "--password",
				"soak-emergency-password", "--help-every", "10"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		try {
			new SafetySoak().run(options);
		}
		catch (Exception | Error ex) {
			// The LINE stand-in's server thread would keep the process (and the script, and the bench lock) alive.
			ex.printStackTrace();
			System.exit(1);
		}
	}

	void run(Map<String, String> options) throws Exception {
		base = options.get("--url");
		authorization = "Basic " + Base64.getEncoder()
			.encodeToString((options.get("--user") + ":" + options.get("--password")).getBytes(StandardCharsets.UTF_8));
		int answers = Integer.parseInt(options.get("--answers"));
		int seconds = Integer.parseInt(options.get("--seconds"));
		int helpEvery = Integer.parseInt(options.get("--help-every"));
		HttpServer line = lineStandIn(Integer.parseInt(options.get("--line-port")));

		String created = call("POST", "/sandbox/subscribers?count=" + options.get("--subscribers") + "&seed=18", null);
		System.out.println("residents: " + created);
		// An alert to the city's areas (residents without an area are reached by every emergency too): a multicast, so
		// LINE's side learns whom it reached. An alert to "all" would be one broadcast without names.
		long notice = number(call("POST", "/api/notices", """
				{"title":"避難指示（安否確認の試験）","body":"直ちに避難してください。無事か、支援が必要かを教えてください。",
				 "severity":"emergency","status":"exercise","kind":"evacuation-order","channels":["line"],
				 "segmentRule":"area is set","confirmation":"safety"}
				"""), "id");
		System.out.println("alert " + notice + " sent; waiting for its multicasts");
		// Until the multicasts stop coming (a busy machine sends them slowly), at most ten minutes.
		long waitUntil = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		long lastGrowth = System.nanoTime();
		int seen = 0;
		while (System.nanoTime() < waitUntil && (reached.size() < answers || System.nanoTime() - lastGrowth < 5e9)) {
			Thread.sleep(200);
			if (reached.size() > seen) {
				seen = reached.size();
				lastGrowth = System.nanoTime();
			}
		}
		if (reached.size() < answers) {
			throw new IllegalStateException("the alert reached " + reached.size() + " residents on LINE, fewer than "
					+ answers + "; raise --subscribers");
		}
		Thread.sleep(2000);
		Thread.ofVirtual().start(() -> followTheScreen(notice));
		long waitStream = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (streamEvents.get() == 0 && System.nanoTime() < waitStream) {
			Thread.sleep(100);
		}

		String loadBefore = loadAverage();
		Instant started = Instant.now();
		List<String> residents = new ArrayList<>(reached).subList(0, answers);
		int help = 0;
		long period = Duration.ofSeconds(seconds).toNanos() / answers;
		long start = System.nanoTime();
		AtomicInteger done = new AtomicInteger();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(options.get("--secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		long lastPosted = 0;
		for (int i = 0; i < answers; i++) {
			long wait = start + i * period - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			boolean needsHelp = helpEvery > 0 && i % helpEvery == helpEvery - 1;
			help += needsHelp ? 1 : 0;
			lastPosted = post(mac, i, residents.get(i), "c=safe&a=answer&n=" + notice + "&v=" + (needsHelp ? "help" : "safe"),
					done);
		}
		long sendingSeconds = (System.nanoTime() - start) / 1_000_000;
		while (done.get() < answers) {
			Thread.sleep(20);
		}
		long lastAcknowledged = System.nanoTime();
		long deadline = lastAcknowledged + Duration.ofMinutes(2).toNanos();
		while (tallied.get() < answers && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		String tallyLag = tallied.get() >= answers
				? String.format("%.2f s after the last answer was posted, %.2f s after it was acknowledged",
						(talliedAt.get() - lastPosted) / 1e9, Math.max(0, talliedAt.get() - lastAcknowledged) / 1e9)
				: "NOT reached within 2 minutes (the stream last said " + tallied.get() + ")";
		long drainUntil = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (repliedAt.size() + pushes.get() < answers && System.nanoTime() < drainUntil) {
			Thread.sleep(100);
		}
		String responses = call("GET", "/api/notices/" + notice + "/responses", null);
		line.stop(0);

		String report = String.format("""
				Safety-answer soak %s: %d residents answer alert %d (%d of them 支援が必要です) within %.1f s, against %s
				load average before: %s, after: %s
				answers posted: %d; acknowledged 200: %d; refused (non-200): %d; connection failures: %d
				acknowledgement (ms): %s
				the screen's tally (follow-up page's stream, %d events) reached %d answers %s
				GET /api/notices/%d/responses: %s
				expected: safe %d, needHelp %d, acknowledged 0
				the bot's replies: %d, pushes: %d, twice: %d
				""", started, answers, notice, help, sendingSeconds / 1000.0, base, loadBefore, loadAverage(), answers,
				acknowledged.get(), refused.get(), failed.get(), percentiles(ackMicros), streamEvents.get(), answers,
				tallyLag, notice, responses.replaceAll("\"byArea\".*", "…}"), answers - help, help, repliedAt.size(),
				pushes.get(), duplicateReplies.get());
		System.out.print(report);
		Path out = Path.of(options.get("--out"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report);
		Files.writeString(Path.of(options.get("--out") + ".notice"), Long.toString(notice));
		System.exit(0);
	}

	/** Posts one signed postback on schedule; returns when it was posted. */
	private long post(Mac mac, int i, String user, String data, AtomicInteger done) {
		String body = "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"postback\",\"mode\":\"active\",\"timestamp\":"
				+ System.currentTimeMillis() + ",\"webhookEventId\":\"" + run + "SAFE" + i + "\",\"replyToken\":\"answer-"
				+ i + "\",\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\"" + user
				+ "\"},\"postback\":{\"data\":\"" + data + "\"}}]}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String signature = Base64.getEncoder().encodeToString(mac.doFinal(bytes));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/line/webhook"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("X-Line-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		long posted = System.nanoTime();
		http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			if (failure != null) {
				failed.incrementAndGet();
			}
			else if (response.statusCode() == 200) {
				acknowledged.incrementAndGet();
				ackMicros.add((System.nanoTime() - posted) / 1000);
			}
			else {
				refused.incrementAndGet();
			}
			done.incrementAndGet();
		});
		return posted;
	}

	/**
	 * The follow-up page's stream, as the browser's EventSource reads it: each stream ends after a while and the next
	 * is opened at once.
	 */
	private void followTheScreen(long notice) {
		while (true) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/console/emergency/" + notice + "/answers"))
				.header("Authorization", authorization)
				.header("Accept", "text/event-stream")
				.GET()
				.build();
			try {
				HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
				// The stream carries two kinds of event: the tally ("answers") and the needs-help list ("help"); only
				// the tally's numbers count.
				String[] event = { "message" };
				response.body().filter(line -> {
					if (line.startsWith("event:")) {
						event[0] = line.substring("event:".length()).strip();
					}
					else if (line.isEmpty()) {
						event[0] = "message";
					}
					return line.startsWith("data:") && event[0].equals("answers");
				}).forEach(line -> {
					long at = System.nanoTime();
					Map<String, Long> first = firstNumbers(line);
					long answered = first.getOrDefault("acknowledged", 0L) + first.getOrDefault("safe", 0L)
							+ first.getOrDefault("needHelp", 0L);
					streamEvents.incrementAndGet();
					tallied.set(answered);
					talliedAt.set(at);
				});
			}
			catch (IOException | InterruptedException ex) {
				LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
			}
		}
	}

	/** The first value of each numeric field: the tally in all comes before the areas' own. */
	private static Map<String, Long> firstNumbers(String json) {
		Map<String, Long> numbers = new HashMap<>();
		Matcher field = NUMBER.matcher(json);
		while (field.find()) {
			numbers.putIfAbsent(field.group(1), Long.parseLong(field.group(2)));
		}
		return numbers;
	}

	private String call(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json");
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	private static long number(String json, String field) {
		Long value = firstNumbers(json).get(field);
		if (value == null) {
			throw new IllegalStateException("no " + field + " in " + json);
		}
		return value;
	}

	/** The parts of the Messaging API the service calls, answered as LINE answers them. */
	private HttpServer lineStandIn(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1000);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", exchange -> {
			long arrived = System.nanoTime();
			String path = exchange.getRequestURI().getPath();
			String body = read(exchange.getRequestBody());
			if (path.endsWith("/v2/bot/message/multicast")) {
				Matcher to = TO.matcher(body);
				if (to.find()) {
					Matcher user = USER.matcher(to.group(1));
					while (user.find()) {
						reached.add(user.group(1));
					}
				}
				answer(exchange, "{}");
			}
			else if (path.endsWith("/v2/bot/message/reply")) {
				Matcher token = REPLY_TOKEN.matcher(body);
				if (token.find() && repliedAt.putIfAbsent(token.group(1), arrived) != null) {
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

	private static String percentiles(List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return "no samples";
		}
		return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (%d samples)", at(sorted, 0.50) / 1000.0,
				at(sorted, 0.95) / 1000.0, at(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0,
				sorted.size());
	}

	private static long at(List<Long> sorted, double quantile) {
		return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
	}

}
