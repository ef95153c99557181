package io.tsutawaru.bot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.kb.Decision;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;

import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.eventWithId;
import static io.tsutawaru.bot.WebhookEvents.sticker;
import static io.tsutawaru.bot.WebhookEvents.text;
import static io.tsutawaru.bot.WebhookEvents.unknownKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookTests extends LineWebhookTestSupport {

	/**
	 * The bot's answer to a question nobody scripted: the not-found apology, as JSON LINE
	 * receives.
	 */
	private static String notFoundReply(String token) {
		return """
				{"replyToken":"%s","notificationDisabled":false,"messages":[{"type":"text",
				 "text":"申し訳ありません。お答えできる情報が見つかりませんでした。\\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\\nいただいたご質問は、回答を増やすために担当課で確認します。",
				 "quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"職員と話したい","data":"${json-unit.regex}c=ho&a=open&k=[0-9]+","displayText":"職員と話したい"}}]}}]}
				"""
			.formatted(token);
	}

	@Test
	void acceptsSignedWebhookAndAnswers() {
		var response = postWebhook(body(text(user, "signed-token", "どこにも無い質問")));

		assertThat(response.statusCode()).isEqualTo(200);
		awaitCall(REPLY, notFoundReply("signed-token"));
	}

	@Test
	void rejectsUnsignedWebhookAndProcessesNothing() {
		var unsigned = postWebhook(body(text(user, "unsigned-token", "質問")), "application/json", null);
		var forged = postWebhook(body(text(user, "forged-token", "質問")), "application/json", "bm90LWEtc2lnbmF0dXJl");
		postWebhook(body(text(user, "marker-token", "どこにも無い質問")));

		assertThat(unsigned.statusCode()).isEqualTo(400);
		assertThat(unsigned.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
		assertThat(unsigned.body()).contains("Missing signature");
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).contains("Invalid signature");
		// The marker goes through the same lane after the rejected calls; once it is
		// answered, nothing else was.
		awaitCall(REPLY, notFoundReply("marker-token"));
		assertThat(calls(REPLY)).isEqualTo(1);
	}

	@Test
	void actsOnceOnRedeliveredEvent() {
		String eventId = UUID.randomUUID().toString();
		String original = eventWithId(eventId, System.currentTimeMillis(), false, "message", user, "first-token",
				",\"message\":{\"id\":\"1\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"どこにも無い質問\"}");
		String redelivered = eventWithId(eventId, System.currentTimeMillis(), true, "message", user, "second-token",
				",\"message\":{\"id\":\"1\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"どこにも無い質問\"}");

		assertThat(postWebhook(body(original)).statusCode()).isEqualTo(200);
		assertThat(postWebhook(body(redelivered)).statusCode()).isEqualTo(200);
		postWebhook(body(text(user, "marker-token", "どこにも無い質問")));

		awaitCall(REPLY, notFoundReply("marker-token"));
		assertThat(calls(REPLY)).isEqualTo(2);
		assertThat(calls(PUSH)).isZero();
		assertThat(knowledgeBase.unanswered).filteredOn(q -> q.question().equals("どこにも無い質問"))
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void handsOverTheEventsOfAProcessThatDiedWhileHandlingThem() {
		String event = text(user, "orphan-token", "どこにも無い質問");
		byte[] stream = ("tsutawaru:bot:webhook:" + Math.floorMod(user.hashCode(), 8)).getBytes(StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> redis.opsForStream().groups(new String(stream, StandardCharsets.UTF_8)).size() == 1);
		// A process that read the event and died: queued and read in one transaction, so
		// no live worker sees it first.
		redis.execute((RedisConnection connection) -> {
			connection.multi();
			connection.streamCommands()
				.xAdd(StreamRecords.newRecord()
					.in(stream)
					.ofMap(Map.of("event".getBytes(StandardCharsets.UTF_8), event.getBytes(StandardCharsets.UTF_8))));
			connection.streamCommands()
				.xReadGroup(Consumer.from("bot", "a-process-that-died"), StreamReadOptions.empty().count(1000),
						StreamOffset.create(stream, ReadOffset.lastConsumed()));
			return connection.exec();
		});

		awaitCall(REPLY, notFoundReply("orphan-token"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> redis.opsForStream()
				.pending(new String(stream, StandardCharsets.UTF_8), "bot")
				.getTotalPendingMessages() == 0);
	}

	@Test
	void acceptsLineVerificationCallWithNoEvents() {
		var response = postWebhook("{\"destination\":\"Ubot\",\"events\":[]}");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsMalformedJsonWith400() {
		var response = postWebhook("{\"destination\":\"Ubot\",\"events\":[{\"type\":");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Malformed webhook body");
	}

	@Test
	void rejectsWrongContentTypeWith415() {
		var response = postWebhook(body(), "text/plain", "irrelevant");

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).contains("application/json");
	}

	@Test
	void rejectsOversizedBodyWith413() {
		String huge = "x".repeat(1024 * 1024 + 10);

		var response = postWebhook(body(text(user, "huge-token", huge)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(calls(REPLY)).isZero();
	}

	@Test
	void answersHugeTextWithinLimits() {
		String longQuestion = "ごみ".repeat(2400);

		assertThat(postWebhook(body(text(user, "long-token", longQuestion))).statusCode()).isEqualTo(200);

		awaitCall(REPLY, notFoundReply("long-token"));
		assertThat(knowledgeBase.unanswered).anySatisfy(q -> assertThat(q.question()).hasSize(1000));
	}

	@Test
	void answersStickerWithKindHint() {
		assertThat(postWebhook(body(sticker(user, "sticker-token"))).statusCode()).isEqualTo(200);

		awaitCall(REPLY, """
				{"replyToken":"sticker-token","notificationDisabled":false,"messages":[{"type":"text",
				 "text":"申し訳ありません。スタンプや動画には、まだお答えできません。ご質問を文字で送ってください。",
				 "quickReply":{"items":[{"type":"action","action":{"type":"message","label":"通報する","text":"通報"}}]}}]}
				""");
	}

	@Test
	void ignoresUnknownEventKindsPolitely() {
		var response = postWebhook(body(unknownKind(user), text(user, "after-unknown", "どこにも無い質問")));

		assertThat(response.statusCode()).isEqualTo(200);
		awaitCall(REPLY, notFoundReply("after-unknown"));
		assertThat(calls(REPLY)).isEqualTo(1);
	}

	@Test
	void publishesUnansweredQuestion() {
		knowledgeBase.script("答えのある質問", Decision.ANSWER, ScriptedKnowledgeBase.RECYCLING);

		postWebhook(body(text(user, "nf-token", "誰も知らない " + user)));

		awaitCall(REPLY, notFoundReply("nf-token"));
		assertThat(knowledgeBase.unanswered).anySatisfy(q -> {
			assertThat(q.question()).contains(user);
			assertThat(q.language()).isEqualTo("ja");
		});
	}

}
