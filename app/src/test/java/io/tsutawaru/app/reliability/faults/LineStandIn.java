package io.tsutawaru.app.reliability.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock standing in for the LINE Messaging API's multicast with LINE's retry-key rule:
 * the first attempt LINE accepts for an {@code X-Line-Retry-Key} delivers its messages,
 * every later attempt with that key gets 409. Before that rule, a {@link LineFaultPlan}
 * decides each attempt's fate. Counts what residents would have received.
 */
final class LineStandIn implements ResponseDefinitionTransformerV2 {

	static final String MULTICAST = "/v2/bot/message/multicast";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer server;

	private volatile LineFaultPlan plan = LineFaultPlan.healthy();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	/** Retry key → the user ids of the attempt LINE accepted. */
	private final Map<String, List<String>> accepted = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();

	private final AtomicInteger withoutKey = new AtomicInteger();

	LineStandIn() {
		this.server = new WireMockServer(
				options().dynamicPort().bindAddress("127.0.0.1").containerThreads(40).extensions(this));
		server.start();
		server.stubFor(post(urlEqualTo(MULTICAST)).willReturn(aResponse().withStatus(200).withBody("{}")));
	}

	String baseUrl() {
		return server.baseUrl();
	}

	void use(LineFaultPlan plan) {
		this.plan = plan;
	}

	void shutdown() {
		server.stop();
	}

	@Override
	public String getName() {
		return "line-retry-keys";
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		var request = event.getRequest();
		if (!request.getUrl().startsWith(MULTICAST)) {
			return event.getResponseDefinition();
		}
		String key = request.getHeader("X-Line-Retry-Key");
		List<String> to = recipients(request.getBodyAsString());
		if (key == null) {
			withoutKey.incrementAndGet();
			return count("accepted without retry key", ok());
		}
		int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
		LineReply reply = plan.reply(key, attempt);
		// LINE's rule comes first: a key it accepted once is never delivered again.
		synchronized (accepted) {
			if (accepted.containsKey(key)) {
				return count("409 already accepted",
						aResponse().withStatus(409)
							.withHeader("Content-Type", "application/json")
							.withBody("{\"message\":\"The retry key is already accepted\"}")
							.build());
			}
			if (reply.accepts()) {
				accepted.put(key, to);
			}
		}
		return count(reply.getClass().getSimpleName(), switch (reply) {
			case LineReply.Accept a -> ok();
			case LineReply.AcceptSlowly slow ->
				aResponse().withStatus(200).withBody("{}").withFixedDelay((int) slow.delay().toMillis()).build();
			case LineReply.AcceptThenDrop d -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
			case LineReply.Drop d -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
			case LineReply.TooManyRequests limit -> aResponse().withStatus(429)
				.withHeader("Retry-After", String.valueOf(limit.retryAfterSeconds()))
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\":\"The API rate limit has been exceeded. Try again later.\"}")
				.build();
			case LineReply.ServerError e ->
				aResponse().withStatus(500).withBody("{\"message\":\"Internal error\"}").build();
		});
	}

	private ResponseDefinition count(String reply, ResponseDefinition definition) {
		replies.computeIfAbsent(reply, r -> new AtomicInteger()).incrementAndGet();
		return definition;
	}

	private static ResponseDefinition ok() {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}").build();
	}

	private static List<String> recipients(String body) {
		List<String> to = new ArrayList<>();
		JsonNode ids = JSON.readTree(body).path("to");
		ids.forEach(id -> to.add(id.asString()));
		return to;
	}

	/**
	 * What residents received so far, per LINE user id, over every accepted multicast.
	 */
	Deliveries deliveries() {
		synchronized (accepted) {
			Map<String, Integer> received = new java.util.HashMap<>();
			accepted.values().forEach(ids -> ids.forEach(id -> received.merge(id, 1, Integer::sum)));
			return new Deliveries(accepted.size(), received, withoutKey.get());
		}
	}

	/** How many attempts got each kind of reply, for the report. */
	Map<String, Integer> replies() {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		replies.forEach((reply, n) -> counts.put(reply, n.get()));
		return counts;
	}

	/** Forgets everything, between tests. */
	void reset() {
		synchronized (accepted) {
			attempts.clear();
			accepted.clear();
			replies.clear();
			withoutKey.set(0);
			plan = LineFaultPlan.healthy();
		}
	}

	/**
	 * @param acceptedKeys multicasts LINE accepted (one per retry key)
	 * @param received user id → how many accepted multicasts named it
	 * @param withoutKey multicasts that carried no retry key (each would be a duplicate
	 * on retry)
	 */
	record Deliveries(int acceptedKeys, Map<String, Integer> received, int withoutKey) {

		long duplicates() {
			return received.values().stream().filter(n -> n > 1).count();
		}

	}

}
