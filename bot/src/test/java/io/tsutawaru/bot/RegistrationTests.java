package io.tsutawaru.bot;

import java.time.Duration;

import io.tsutawaru.notifier.Subscriber;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.follow;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static io.tsutawaru.bot.WebhookEvents.unfollow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RegistrationTests extends LineWebhookTestSupport {

	@Autowired
	Subscribers subscribers;

	@Test
	void greetsNewFriendWithConsentAndLanguageChoice() {
		postWebhook(body(follow(user, "follow-token")));

		awaitCall(REPLY,
				"""
						{"replyToken":"follow-token","notificationDisabled":false,"messages":[
						 {"type":"text","text":"友だち追加ありがとうございます。市の公式アカウントです。\\nご質問を送ってください。24時間いつでもお答えします。\\nThank you for adding us! Choose \\"English\\" below to continue in English."},
						 {"type":"text","text":"必要なお知らせを届けるため、地域などの設定を保存します（いつでも変更・削除できます）。同意いただける場合は、言語を選んでください。",
						  "quickReply":{"items":[%s,%s,%s,%s]}}]}
						"""
					.formatted(postbackItem("日本語", "c=reg&a=language&v=ja"),
							postbackItem("English", "c=reg&a=language&v=en"),
							postbackItem("やさしい日本語", "c=reg&a=language&v=easy-ja"),
							postbackItem("登録しない", "c=reg&a=decline")));
		assertThat(subscribers.findByLineUserId(user)).hasValueSatisfying(s -> {
			assertThat(s.active()).isTrue();
			assertThat(s.consentAt()).isNull();
		});
	}

	@Test
	void registersPreferencesStepByStepInTheChosenLanguage() {
		postWebhook(body(postback(user, "lang-token", "c=reg&a=language&v=en")));
		awaitCall(REPLY,
				"""
						{"replyToken":"lang-token","notificationDisabled":false,"messages":[{"type":"text","text":"Which area do you live in?",
						 "quickReply":{"items":[%s,%s,%s,%s,%s,%s]}}]}
						"""
					.formatted(postbackItem("North", "c=reg&a=area&v=北部"), postbackItem("Central", "c=reg&a=area&v=中央"),
							postbackItem("South", "c=reg&a=area&v=南部"), postbackItem("East", "c=reg&a=area&v=東部"),
							postbackItem("West", "c=reg&a=area&v=西部"), postbackItem("Skip", "c=reg&a=skip&f=area")));

		postWebhook(body(postback(user, "area-token", "c=reg&a=area&v=中央")));
		awaitCall(REPLY,
				"{\"replyToken\":\"area-token\",\"notificationDisabled\":false,\"messages\":[{\"type\":\"text\",\"text\":\"Which age group are you in?\",\"quickReply\":{\"items\":["
						+ String.join(",", postbackItem("Under 20", "c=reg&a=age&v=10代以下"),
								postbackItem("20s", "c=reg&a=age&v=20代"), postbackItem("30s", "c=reg&a=age&v=30代"),
								postbackItem("40s", "c=reg&a=age&v=40代"), postbackItem("50s", "c=reg&a=age&v=50代"),
								postbackItem("60s", "c=reg&a=age&v=60代"),
								postbackItem("70 and over", "c=reg&a=age&v=70代以上"),
								postbackItem("Skip", "c=reg&a=skip&f=age"))
						+ "]}}]}");

		postWebhook(body(postback(user, "age-token", "c=reg&a=age&v=30代")));
		postWebhook(body(postback(user, "interest-token", "c=reg&a=interest&v=防災")));
		awaitCall(REPLY,
				"{\"replyToken\":\"interest-token\",\"notificationDisabled\":false,\"messages\":[{\"type\":\"text\",\"text\":\"What would you like to hear about? Choose as many as you like, then press \\\"Done\\\".\",\"quickReply\":{\"items\":["
						+ String.join(",", postbackItem("✓ Disaster safety", "c=reg&a=interest&v=防災"),
								postbackItem("Child-rearing", "c=reg&a=interest&v=子育て"),
								postbackItem("Health", "c=reg&a=interest&v=健康"),
								postbackItem("Events", "c=reg&a=interest&v=イベント"),
								postbackItem("Garbage", "c=reg&a=interest&v=ごみ"),
								postbackItem("Taxes", "c=reg&a=interest&v=税"),
								postbackItem("Done", "c=reg&a=interests-done"))
						+ "]}}]}");

		postWebhook(body(postback(user, "done-token", "c=reg&a=interests-done")));
		awaitCall(REPLY, """
				{"replyToken":"done-token","notificationDisabled":false,"messages":[{"type":"text",
				 "text":"Would you also like disaster alerts by e-mail? If so, send your e-mail address.",
				 "quickReply":{"items":[%s]}}]}
				""".formatted(postbackItem("Skip", "c=reg&a=skip&f=email")));

		postWebhook(body(text(user, "email-token", "resident@example.org")));
		awaitCall(REPLY,
				"""
						{"replyToken":"email-token","notificationDisabled":false,"messages":[
						 {"type":"text","text":"We sent you a confirmation e-mail. Open the link in it to finish."},
						 {"type":"text","text":"You are registered. Thank you!\\nArea: Central\\nAge group: 30s\\nInterests: Disaster safety\\nLanguage: English\\nE-mail: waiting for confirmation\\nTo change anything, send \\"settings\\"."}]}
						""");

		Subscriber registered = subscribers.findByLineUserId(user).orElseThrow();
		assertThat(registered.consentAt()).isNotNull();
		assertThat(registered.preferences().area()).isEqualTo("中央");
		assertThat(registered.preferences().ageBand()).isEqualTo("30代");
		assertThat(registered.preferences().interests()).containsExactly("防災");
		assertThat(registered.preferences().language()).isEqualTo("en");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(mail.getReceivedMessagesForDomain("example.org")).isNotEmpty());
	}

	@Test
	void asksAgainForAnEmailAddressThatIsNotOne() {
		postWebhook(body(postback(user, "skip-token", "c=reg&a=skip&f=interests")));
		postWebhook(body(text(user, "bad-email-token", "not an address")));

		awaitCall(REPLY, """
				{"replyToken":"bad-email-token","notificationDisabled":false,"messages":[
				 {"type":"text","text":"メールアドレスの形式が正しくないようです。もう一度送ってください。"},
				 {"type":"text","text":"災害時のメール（防災メール）も受け取りますか？ 受け取る場合はメールアドレスを送ってください。",
				  "quickReply":{"items":[%s]}}]}
				""".formatted(postbackItem("スキップ", "c=reg&a=skip&f=email")));
	}

	@Test
	void makesSubscriberInactiveOnUnfollow() {
		postWebhook(body(follow(user, "follow-token")));
		awaitCall(REPLY, "{\"replyToken\":\"follow-token\"}".replace("}",
				",\"messages\":\"${json-unit.ignore}\",\"notificationDisabled\":false}"));

		postWebhook(body(unfollow(user)));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(subscribers.findByLineUserId(user))
				.hasValueSatisfying(s -> assertThat(s.active()).isFalse()));
	}

}
