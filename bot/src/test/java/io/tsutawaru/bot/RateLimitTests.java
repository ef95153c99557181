package io.tsutawaru.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RateLimitTests extends LineWebhookTestSupport {

	@Autowired
	JdbcClient jdbc;

	private static int repliesWith(String token) {
		return line.findAll(postRequestedFor(urlEqualTo(REPLY)).withRequestBody(containing("\"" + token + "\"")))
			.size();
	}

	@Test
	void warnsOnceAndThenIgnoresAFloodWhileOthersAreAnswered() {
		String neighbour = user + "n";
		List<String> events = new ArrayList<>();
		for (int i = 1; i <= 22; i++) {
			events.add(text(user, "flood-" + i, "どこにも無い質問"));
		}
		events.add(text(neighbour, "neighbour-token", "どこにも無い質問"));

		assertThat(postWebhook(body(events.toArray(String[]::new))).statusCode()).isEqualTo(200);

		awaitCall(REPLY, reply("flood-21", textMessage(
				"短い時間にたくさんのメッセージを受け取りました。少し時間をおいてから送ってください。\nWe received many messages in a short time. Please wait a moment before sending more.")));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql(
					"SELECT COUNT(*) FROM bot_conversation_log WHERE line_user_id = :user AND outcome = 'RATE_LIMITED'")
				.param("user", user)
				.query(Long.class)
				.single() == 2);
		assertThat(repliesWith("flood-20")).isOne();
		assertThat(repliesWith("flood-22")).isZero();
		await().atMost(Duration.ofSeconds(60)).until(() -> repliesWith("neighbour-token") == 1);
	}

}
