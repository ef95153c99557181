package io.tsutawaru.app.sandbox.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.tsutawaru.infrastructure.line.LineProperties;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LINE Messaging API as the sandbox plays it: the real LINE SDK client talks to these
 * endpoints. Each call is recorded; answers, status codes and headers follow LINE's
 * documentation (spent reply tokens, retry keys, the 500-recipient multicast limit, at
 * most five messages per request).
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
@RequestMapping(path = "/sandbox/line", produces = MediaType.APPLICATION_JSON_VALUE)
class SandboxLineApiController {

	private final LineCallLog calls;

	private final ReplyTokens replyTokens;

	private final ResidentInbox inbox;

	private final SandboxContent content;

	private final SandboxOpens opens;

	private final JsonMapper json;

	private final String channelToken;

	private final Map<String, String> acceptedRetryKeys = new ConcurrentHashMap<>();

	private final AtomicLong messageIds = new AtomicLong(480_000_000_000_000_000L);

	SandboxLineApiController(LineCallLog calls, ReplyTokens replyTokens, ResidentInbox inbox, SandboxContent content,
			SandboxOpens opens, JsonMapper json, LineProperties line) {
		this.opens = opens;
		this.calls = calls;
		this.replyTokens = replyTokens;
		this.inbox = inbox;
		this.content = content;
		this.json = json;
		this.channelToken = line.channelToken();
	}

	@GetMapping("/requests")
	Iterable<RecordedCall> requests() {
		return calls.all();
	}

	@PostMapping("/v2/bot/message/reply")
	ResponseEntity<String> reply(HttpServletRequest request, @RequestBody(required = false) String body) {
		return handle(request, body, (payload, requestId) -> {
			String userId = replyTokens.redeem(payload.path("replyToken").asString(null)).orElse(null);
			if (userId == null) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST, "Invalid reply token");
			}
			return deliver(payload, userId, "reply");
		});
	}

	@PostMapping("/v2/bot/message/push")
	ResponseEntity<String> push(HttpServletRequest request, @RequestBody(required = false) String body) {
		return handle(request, body, (payload, requestId) -> retryable(request, requestId,
				() -> deliver(payload, payload.path("to").asString(""), "push")));
	}

	@PostMapping("/v2/bot/message/multicast")
	ResponseEntity<String> multicast(HttpServletRequest request, @RequestBody(required = false) String body) {
		return handle(request, body, (payload, requestId) -> {
			JsonNode to = payload.path("to");
			if (!to.isArray() || to.isEmpty() || to.size() > 500) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST,
						"The property, 'to', must be an array of 1 to 500 user IDs");
			}
			return retryable(request, requestId, () -> {
				LineAnswer answer = LineAnswer.ok("{}");
				for (JsonNode userId : to) {
					answer = deliver(payload, userId.asString(), "multicast");
				}
				return answer.status().is2xxSuccessful() ? LineAnswer.ok("{}") : answer;
			});
		});
	}

	@PostMapping("/v2/bot/message/broadcast")
	ResponseEntity<String> broadcast(HttpServletRequest request, @RequestBody(required = false) String body) {
		return handle(request, body, (payload, requestId) -> retryable(request, requestId, () -> {
			LineAnswer answer = deliver(payload, ResidentInbox.EVERYONE, "broadcast");
			return answer.status().is2xxSuccessful() ? LineAnswer.ok("{}") : answer;
		}));
	}

	@PostMapping("/v2/bot/chat/loading/start")
	ResponseEntity<String> loading(HttpServletRequest request, @RequestBody(required = false) String body) {
		return handle(request, body, (payload, requestId) -> LineAnswer.accepted());
	}

	@GetMapping("/v2/bot/profile/{userId}")
	ResponseEntity<String> profile(HttpServletRequest request, @PathVariable String userId) {
		return handle(request, null, (payload, requestId) -> LineAnswer.ok(json.writeValueAsString(
				Map.of("userId", userId, "displayName", content.displayName(userId), "language", "ja"))));
	}

	@GetMapping(path = "/v2/bot/message/{messageId}/content", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> messageContent(HttpServletRequest request, @PathVariable String messageId) {
		LineAnswer authorised = authorise(request, null);
		if (authorised != null) {
			return ResponseEntity.status(authorised.status()).body(authorised.body().getBytes());
		}
		return content.image(messageId)
			.map(image -> ResponseEntity.ok().contentType(image.type()).body(image.bytes()))
			.orElseGet(
					() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("{\"message\":\"Not found\"}".getBytes()));
	}

	@RequestMapping("/v2/**")
	ResponseEntity<String> unknown(HttpServletRequest request, @RequestBody(required = false) String body) {
		return handle(request, body, (payload, requestId) -> LineAnswer.error(HttpStatus.NOT_FOUND, "Not found"));
	}

	ResponseEntity<String> handle(HttpServletRequest request, String body, LineOperation operation) {
		String requestId = UUID.randomUUID().toString();
		LineAnswer refused = authorise(request, body);
		LineAnswer answer = refused != null ? refused : apply(operation, body, requestId);
		return ResponseEntity.status(answer.status())
			.header("X-Line-Request-Id", requestId)
			.headers(headers -> answer.headers().forEach(headers::add))
			.body(answer.body());
	}

	private LineAnswer apply(LineOperation operation, String body, String requestId) {
		try {
			JsonNode payload = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
			return operation.apply(payload, requestId);
		}
		catch (JacksonException ex) {
			return LineAnswer.error(HttpStatus.BAD_REQUEST, "The request body could not be parsed as JSON");
		}
	}

	/**
	 * Records the call and checks the channel access token, as LINE does before anything
	 * else.
	 */
	LineAnswer authorise(HttpServletRequest request, String body) {
		calls.record(request.getMethod(), request.getRequestURI().substring("/sandbox/line".length()),
				RequestHeaders.of(request), body == null ? "" : body);
		if (!("Bearer " + channelToken).equals(request.getHeader("Authorization"))) {
			return LineAnswer.error(HttpStatus.UNAUTHORIZED,
					"Authentication failed. Confirm that the access token in the authorization header is valid.");
		}
		return null;
	}

	/**
	 * A retry key LINE has already accepted is answered 409 with the request id that
	 * carried it first.
	 */
	private LineAnswer retryable(HttpServletRequest request, String requestId, Supplier<LineAnswer> send) {
		String retryKey = request.getHeader("X-Line-Retry-Key");
		if (retryKey == null) {
			return send.get();
		}
		String earlier = acceptedRetryKeys.putIfAbsent(retryKey, requestId);
		if (earlier != null) {
			return LineAnswer.error(HttpStatus.CONFLICT, "The retry key is already accepted")
				.withHeader("X-Line-Accepted-Request-Id", earlier);
		}
		LineAnswer answer = send.get();
		if (!answer.status().is2xxSuccessful()) {
			acceptedRetryKeys.remove(retryKey);
		}
		return answer;
	}

	private LineAnswer deliver(JsonNode payload, String userId, String via) {
		JsonNode messages = payload.path("messages");
		if (!messages.isArray() || messages.isEmpty() || messages.size() > 5) {
			return LineAnswer.error(HttpStatus.BAD_REQUEST, "The property, 'messages', must hold 1 to 5 messages");
		}
		ObjectNode result = json.createObjectNode();
		var sent = result.putArray("sentMessages");
		List<String> units = new ArrayList<>();
		payload.path("customAggregationUnits").forEach(unit -> units.add(unit.asString()));
		for (JsonNode message : messages) {
			opens.sent(inbox.deliver(userId, via, message), units);
			sent.addObject()
				.put("id", String.valueOf(messageIds.incrementAndGet()))
				.put("quoteToken", UUID.randomUUID().toString());
		}
		return LineAnswer.ok(result.toString());
	}

	@FunctionalInterface
	interface LineOperation {

		LineAnswer apply(JsonNode payload, String requestId);

	}

}
