package io.tsutawaru.bot;

import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.eventWithId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReplyFallbackTests extends LineWebhookTestSupport {

	private static final String NOT_FOUND_TEXT = "申し訳ありません。お答えできる情報が見つかりませんでした。\\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\\nいただいたご質問は、回答を増やすために担当課で確認します。";

	private String pushed() {
		return """
				{"to":"%s","notificationDisabled":false,"messages":[{"type":"text","text":"%s",
				 "quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"職員と話したい","data":"${json-unit.regex}c=ho&a=open&k=[0-9]+","displayText":"職員と話したい"}}]}}]}
				"""
			.formatted(user, NOT_FOUND_TEXT);
	}

	private String question(long timestamp, boolean redelivery) {
		return body(eventWithId(UUID.randomUUID().toString(), timestamp, redelivery, "message", user, "expired-token",
				",\"message\":{\"id\":\"7\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"どこにも無い質問\"}"));
	}

	@Test
	void pushesWhenLineRefusesTheReplyToken() {
		line.stubFor(post(REPLY).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Invalid reply token\"}")));

		postWebhook(question(System.currentTimeMillis(), false));

		awaitCall(PUSH, pushed());
		assertThat(calls(REPLY)).isEqualTo(1);
	}

	@Test
	void retriesAFailedPushOnceWithTheSameRetryKey() {
		line.stubFor(post(PUSH).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("recovered"));
		line.stubFor(post(PUSH).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withHeader("x-line-request-id", "second-try")
				.withBody("{\"sentMessages\":[]}")));

		postWebhook(question(System.currentTimeMillis() - 60_000, false));

		await().atMost(Duration.ofSeconds(60)).until(() -> calls(PUSH) == 2);
		var keys = line.findAll(postRequestedFor(urlEqualTo(PUSH)))
			.stream()
			.map(request -> request.getHeader("X-Line-Retry-Key"))
			.toList();
		assertThat(keys).hasSize(2).doesNotContainNull();
		assertThat(keys.get(0)).isEqualTo(keys.get(1));
		line.verify(2, postRequestedFor(urlEqualTo(PUSH)).withRequestBody(equalToJson(pushed())));
	}

	@Test
	void pushesWithoutTryingTheReplyWhenTheAnswerIsLate() {
		postWebhook(question(System.currentTimeMillis() - 60_000, false));

		awaitCall(PUSH, pushed());
		assertThat(calls(REPLY)).isZero();
	}

	@Test
	void pushesForRedeliveredEventsWhoseTokenIsSpent() {
		postWebhook(question(System.currentTimeMillis(), true));

		awaitCall(PUSH, pushed());
		assertThat(calls(REPLY)).isZero();
	}

}
