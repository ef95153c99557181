package io.tsutawaru.bot;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.tsutawaru.kb.Decision;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.GARBAGE;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.RECYCLING;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bot's meters count what residents' questions came to and time the webhook's answer
 * to LINE.
 */
class BotMetersTests extends LineWebhookTestSupport {

	@Autowired
	MeterRegistry meters;

	private double questions(String outcome) {
		return meters.get("tsutawaru.bot.questions").tag("outcome", outcome).counter().count();
	}

	private double choices(String outcome) {
		return meters.get("tsutawaru.bot.choices").tag("outcome", outcome).counter().count();
	}

	private long acknowledgements(String outcome) {
		return meters.get("tsutawaru.webhook.acknowledgement").tag("outcome", outcome).timer().count();
	}

	@Test
	void countsEachDecisionOnAQuestionAndEachAnswerToAChoice() {
		double answered = questions("answered");
		double choice = questions("choice");
		double notFound = questions("not_found");
		double picked = choices("picked");
		double none = choices("none_of_these");
		knowledgeBase.script("粗大ごみの出し方", Decision.ANSWER, GARBAGE);
		knowledgeBase.script("ごみの日はいつ", Decision.CHOOSE, GARBAGE, RECYCLING);

		postWebhook(body(text(user, "answer-token", "粗大ごみの出し方")));
		postWebhook(body(text(user, "choose-token", "ごみの日はいつ")));
		postWebhook(body(postback(user, "show-token", buttonData("choose-token", "資源ごみの日は？"))));
		postWebhook(body(postback(user, "none-token", buttonData("choose-token", "どれでもない"))));
		postWebhook(body(text(user, "unknown-token", "どこにも無い質問")));

		await().untilAsserted(() -> {
			assertThat(questions("answered")).isEqualTo(answered + 1);
			assertThat(questions("choice")).isEqualTo(choice + 1);
			assertThat(questions("not_found")).isEqualTo(notFound + 1);
			assertThat(choices("picked")).isEqualTo(picked + 1);
			assertThat(choices("none_of_these")).isEqualTo(none + 1);
		});
		// Counted before the reply leaves: the replies are waited for too, so none
		// reaches the next test's LINE.
		for (String token : new String[] { "answer-token", "show-token", "none-token", "unknown-token" }) {
			awaitReply(token);
		}
	}

	private static void awaitReply(String token) {
		await().until(() -> line.findAll(postRequestedFor(urlEqualTo(REPLY)))
			.stream()
			.anyMatch(reply -> reply.getBodyAsString().contains("\"" + token + "\"")));
	}

	@Test
	void timesTheAcknowledgementOfAcceptedAndRejectedWebhooks() {
		long accepted = acknowledgements("accepted");
		long rejected = acknowledgements("rejected");

		assertThat(postWebhook(body(text(user, "timed-token", "どこにも無い質問"))).statusCode()).isEqualTo(200);
		assertThat(postWebhook(body(text(user, "forged-token", "質問")), "application/json", "bm90LWEtc2lnbmF0dXJl")
			.statusCode()).isEqualTo(400);

		assertThat(acknowledgements("accepted")).isEqualTo(accepted + 1);
		assertThat(acknowledgements("rejected")).isEqualTo(rejected + 1);
		assertThat(meters.get("tsutawaru.webhook.acknowledgement")
			.tag("outcome", "accepted")
			.timer()
			.max(TimeUnit.NANOSECONDS)).isPositive();
		// Once the event is handled nothing waits: the gauges read the streams, not a
		// counter of this process.
		awaitReply("timed-token");
		await().untilAsserted(() -> {
			assertThat(meters.get("tsutawaru.webhook.events.waiting").gauge().value()).isZero();
			assertThat(meters.get("tsutawaru.webhook.events.claimed").gauge().value()).isZero();
			assertThat(meters.get("tsutawaru.webhook.events.oldest").gauge().value()).isZero();
		});
	}

}
