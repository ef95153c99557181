package io.tsutawaru.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.linecorp.bot.parser.LineSignatureValidator;
import org.junit.jupiter.api.BeforeEach;
import redis.embedded.RedisServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

/**
 * The real servers the bot meets: WireMock as the LINE API (messaging and content), an
 * embedded redis-server, GreenMail for the confirmation mails of the notifier's real
 * subscribers, H2 with every module's migrations. Webhooks are posted over HTTP to the
 * running server, signed like LINE signs them.
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tsutawaru.bot.report-photo-dir=target/test-report-photos",
				"tsutawaru.bot.general-contact.phone=0561-00-0000", "tsutawaru.bot.general-contact.hours=平日 8:30〜17:15",
				"tsutawaru.bot.general-contact.translations.en.hours=weekdays 8:30-17:15",
				// Events of a process that died are taken over after this; a minute in
				// production.
				"tsutawaru.bot.webhook.reclaim-after=2s",
				// The SDK logs whole request bodies (residents' words) and the token at
				// INFO; never in our logs.
				"logging.level.com.linecorp.bot.client.wire=WARN",
				// Answers are checked as soon as entries are saved: their vectors exist
				// by
				// then (knowledge-base's VectorCompletionTests hold the background way).
				"tsutawaru.kb.semantic.vectors-in-background=false" })
abstract class LineWebhookTestSupport {

	static final String SECRET = "test-channel-secret";

	static final String REPLY = "/v2/bot/message/reply";

	static final String PUSH = "/v2/bot/message/push";

	static final WireMockServer line = new WireMockServer(options().dynamicPort());

	static final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static final int redisPort = freePort();

	static {
		line.start();
		mail.start();
		try {
			RedisServer redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").build();
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
		registry.add("tsutawaru.line.channel-secret", () -> SECRET);
		registry.add("tsutawaru.line.channel-token", () -> "test-channel-token");
		registry.add("tsutawaru.line.api-endpoint", line::baseUrl);
		registry.add("tsutawaru.line.data-api-endpoint", line::baseUrl);
		registry.add("spring.data.redis.port", () -> redisPort);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:bot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		registry.add("spring.flyway.out-of-order", () -> "true");
	}

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	ScriptedKnowledgeBase knowledgeBase;

	/**
	 * A resident of this test alone, so that no test sees another's dialog or hand-off.
	 */
	final String user = "U" + UUID.randomUUID().toString().replace("-", "");

	@BeforeEach
	void resetLine() {
		line.resetAll();
		line.stubFor(post(REPLY).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-line-request-id", "reply-request")
			.withBody("{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}")));
		line.stubFor(post(PUSH).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-line-request-id", "push-request")
			.withBody("{\"sentMessages\":[{\"id\":\"2\",\"quoteToken\":\"q\"}]}")));
	}

	HttpResponse<String> postWebhook(String body) {
		String signature = java.util.Base64.getEncoder()
			.encodeToString(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8))
				.generateSignature(body.getBytes(StandardCharsets.UTF_8)));
		return postWebhook(body, "application/json; charset=utf-8", signature);
	}

	HttpResponse<String> postWebhook(String body, String contentType, String signature) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/line/webhook"))
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (signature != null) {
			request.header("X-Line-Signature", signature);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until LINE received exactly this JSON at this path (reply or push). */
	static void awaitCall(String path, String json) {
		RequestPatternBuilder expected = postRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson(json));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> line.verify(expected));
	}

	/** A reply call's JSON, with the messages given as a JSON array's contents. */
	static String reply(String token, String... messages) {
		return "{\"replyToken\":\"" + token + "\",\"notificationDisabled\":false,\"messages\":["
				+ String.join(",", messages) + "]}";
	}

	/** A push call's JSON. */
	static String push(String to, String... messages) {
		return "{\"to\":\"" + to + "\",\"notificationDisabled\":false,\"messages\":[" + String.join(",", messages)
				+ "]}";
	}

	/** A text message; {@code text} is written as Java has it and quoted here. */
	static String textMessage(String text, String... quickReplies) {
		String message = "{\"type\":\"text\",\"text\":" + WebhookEvents.quote(text);
		if (quickReplies.length > 0) {
			message += ",\"quickReply\":{\"items\":[" + String.join(",", quickReplies) + "]}";
		}
		return message + "}";
	}

	/**
	 * A quick reply button that posts data back; the label is also what the resident's
	 * chat shows.
	 */
	static String postbackItem(String label, String data) {
		return postbackItem(label, data, label);
	}

	static String postbackItem(String label, String data, String displayText) {
		return "{\"type\":\"action\",\"action\":{\"type\":\"postback\",\"label\":" + WebhookEvents.quote(label)
				+ ",\"data\":" + WebhookEvents.quote(data) + ",\"displayText\":" + WebhookEvents.quote(displayText)
				+ "}}";
	}

	/**
	 * A quick reply button of another kind (camera, cameraRoll, location) with just a
	 * label.
	 */
	static String actionItem(String type, String label) {
		return "{\"type\":\"action\",\"action\":{\"type\":\"" + type + "\",\"label\":" + WebhookEvents.quote(label)
				+ "}}";
	}

	/** A quick reply button that sends a text as if typed. */
	static String messageItem(String label, String text) {
		return "{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":" + WebhookEvents.quote(label)
				+ ",\"text\":" + WebhookEvents.quote(text) + "}}";
	}

	/**
	 * The data of the postback button labelled so in the bot's reply to this token (a
	 * quick reply or a card's button), which is what the resident's LINE app sends back
	 * when they tap it.
	 */
	static String buttonData(String token, String label) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> line.findAll(postRequestedFor(urlEqualTo(REPLY)))
				.stream()
				.map(request -> json(request.getBodyAsString()))
				.filter(reply -> token.equals(reply.path("replyToken").asText()))
				// Every action carrying data: quick replies' and a confirm card's buttons
				// alike.
				.flatMap(reply -> reply.findParents("data").stream())
				.filter(action -> label.equals(action.path("label").asText()))
				.map(action -> action.path("data").asText())
				.findFirst()
				.orElse(null), data -> data != null);
	}

	static int calls(String path) {
		return line.findAll(postRequestedFor(urlEqualTo(path))).size();
	}

	private static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
