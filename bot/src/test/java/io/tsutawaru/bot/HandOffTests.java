package io.tsutawaru.bot;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.kb.Decision;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.GARBAGE;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * 「職員と話したい」 through the real webhook: the resident is told that a person will answer and
 * when (the office hours, on the city's clock), may leave with 「やめる」, and staff get the
 * question that failed and the resident's LINE name (from the profile API, WireMock
 * here).
 */
class HandOffTests extends LineWebhookTestSupport {

	/**
	 * Monday 7 December 2026, 10:00 in the city: the office is open (weekdays 8:30-17:15
	 * by default).
	 */
	private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 12, 7, 10, 0);

	private static final String OPENED_IN_HOURS = "職員におつなぎします。受付時間内ですので、職員が順番にお返事します（受付時間：平日 8:30〜17:15）。\n"
			+ "ご用件をこのままメッセージでお送りください。やめるときは「やめる」と送ってください。";

	private static final String LEAVE = postbackItem("やめる", "c=ho&a=leave");

	/** The resident left: said so, with one tap back to a person. */
	private static final String LEFT = textMessage("職員とのやりとりをやめました。ご質問はいつでもどうぞ。もう一度職員と話すときは「職員と話したい」を押してください。",
			postbackItem("職員と話したい", "c=ho&a=open"));

	/**
	 * The bot's apology for a question nobody scripted: proof that the bot answers the
	 * resident again.
	 */
	private static final String NOT_FOUND = textMessage(
			"申し訳ありません。お答えできる情報が見つかりませんでした。\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\nいただいたご質問は、回答を増やすために担当課で確認します。",
			postbackItem("職員と話したい", "${json-unit.regex}c=ho&a=open&k=[0-9]+", "職員と話したい"));

	@Autowired
	HandOffs handOffs;

	@Autowired
	Subscribers subscribers;

	@Autowired
	TestCityClock clock;

	@BeforeEach
	void officeIsOpen() {
		at(MONDAY_MORNING);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private void at(LocalDateTime cityTime) {
		clock.set(cityTime.atZone(TestCityClock.CITY).toInstant());
	}

	/** The resident's LINE profile, as LINE's profile API answers it. */
	private void profile(String displayName) {
		line.stubFor(get("/v2/bot/profile/" + user).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"userId\":\"" + user + "\",\"displayName\":" + WebhookEvents.quote(displayName)
					+ ",\"language\":\"ja\"}")));
	}

	/** Asks for a person and says this; returns the number of the hand-off staff get. */
	private long handOffSaying(String marker) {
		postWebhook(body(text(user, "staff-token", "職員と話したい")));
		postWebhook(body(text(user, "marker-token", marker)));
		return openWith(marker).id();
	}

	/** The open hand-off whose messages include this text. */
	private HandOff openWith(String text) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> handOffs.open()
				.stream()
				.filter(handOff -> handOff.messages().stream().anyMatch(message -> message.text().equals(text)))
				.findFirst()
				.orElse(null), handOff -> handOff != null);
	}

	@Test
	void handsTheConversationToStaffWhoAnswerAndClose() {
		String question = "粗大ごみがまだ回収されていません " + UUID.randomUUID();
		postWebhook(body(text(user, "staff-token", "職員と話したい")));
		awaitCall(REPLY, reply("staff-token", textMessage(OPENED_IN_HOURS, LEAVE)));

		postWebhook(body(text(user, "first-token", question)));
		awaitCall(REPLY, reply("first-token", textMessage(
				"メッセージを職員に届けました。受付時間内ですので、職員が順番にお返事します（受付時間：平日 8:30〜17:15）。\n" + "やめるときは「やめる」と送ってください。", LEAVE)));
		postWebhook(body(text(user, "quiet-token", "写真もあります")));
		HandOff handOff = openWith("写真もあります");

		assertThat(handOff.reason()).isEqualTo("resident asked for a person");
		assertThat(handOff.language()).isEqualTo("ja");
		assertThat(calls(REPLY)).as("after acknowledging the first message the bot stays quiet").isEqualTo(2);

		PushOutcome answered = handOffs.reply(handOff.id(), "担当の山田です。明日回収に伺います。");
		assertThat(answered).isEqualTo(new PushOutcome.Pushed("push-request"));
		awaitCall(PUSH, push(user, textMessage("【市役所の職員より】\n担当の山田です。明日回収に伺います。")));

		assertThat(handOffs.close(handOff.id())).isInstanceOf(PushOutcome.Pushed.class);
		awaitCall(PUSH, push(user, textMessage("職員とのやりとりを終了しました。ご質問はいつでもどうぞ。")));
		HandOff closed = handOffs.get(handOff.id());
		assertThat(closed.open()).isFalse();
		assertThat(closed.leftByResident()).isFalse();
		assertThat(closed.messages()).extracting(HandOffMessage::author, HandOffMessage::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(HandOffMessage.Author.RESIDENT, question),
					org.assertj.core.groups.Tuple.tuple(HandOffMessage.Author.RESIDENT, "写真もあります"),
					org.assertj.core.groups.Tuple.tuple(HandOffMessage.Author.STAFF, "担当の山田です。明日回収に伺います。"));

		postWebhook(body(text(user, "again-token", "どこにも無い質問")));
		awaitCall(REPLY, reply("again-token", NOT_FOUND));
	}

	@Test
	void outOfHoursTheResidentIsToldWhenTheOfficeOpensNext() {
		at(LocalDateTime.of(2026, 12, 5, 21, 30)); // a Saturday night

		postWebhook(body(text(user, "night-token", "職員と話したい")));

		awaitCall(REPLY,
				reply("night-token",
						textMessage("職員におつなぎします。ただいま受付時間外です。12月7日（月）8:30から職員が順番にお返事します（受付時間：平日 8:30〜17:15）。\n"
								+ "ご用件をこのままメッセージでお送りください。やめるときは「やめる」と送ってください。", LEAVE)));
	}

	@Test
	void anEnglishSpeakerIsToldInEnglishAndTheNewYearHolidaysAreSkipped() {
		subscribers.updatePreferences(user, new Preferences(null, null, Set.of(), "en"));
		at(LocalDateTime.of(2026, 12, 28, 17, 30)); // the office closes for 年末年始 (12-29
													// to 01-03) after today

		postWebhook(body(text(user, "english-token", "talk to staff")));

		awaitCall(REPLY, reply("english-token",
				textMessage("We are connecting you with a staff member. The office is closed now. "
						+ "Staff will answer in turn from Mon 4 Jan, 8:30 (office hours: weekdays 8:30-17:15).\n"
						+ "Please write your message here. To stop, send \"stop\".",
						postbackItem("Stop", "c=ho&a=leave"))));
	}

	@Test
	void yameruLeavesTheHandOffWithAConfirmationAndTheBotAnswersAgain() {
		String marker = "やっぱり自分で調べます " + UUID.randomUUID();
		long id = handOffSaying(marker);

		postWebhook(body(text(user, "leave-token", "やめる")));

		awaitCall(REPLY, reply("leave-token", LEFT));
		HandOff left = handOffs.get(id);
		assertThat(left.open()).isFalse();
		assertThat(left.leftByResident()).isTrue();
		assertThat(left.messages()).extracting(HandOffMessage::text).containsExactly(marker);
		postWebhook(body(text(user, "after-token", "どこにも無い質問")));
		awaitCall(REPLY, reply("after-token", NOT_FOUND));
	}

	@Test
	void theLeaveButtonAndCancelLeaveToo() {
		postWebhook(body(text(user, "staff-token", "職員と話したい")));
		postWebhook(body(postback(user, "button-token", buttonData("staff-token", "やめる"))));
		awaitCall(REPLY, reply("button-token", LEFT));

		postWebhook(body(text(user, "again-token", "職員と話したい")));
		postWebhook(body(text(user, "cancel-token", "キャンセル")));
		awaitCall(REPLY, reply("cancel-token", LEFT));
		// The old button again, with nothing open: said so, and nothing else changes.
		postWebhook(body(postback(user, "stale-token", "c=ho&a=leave")));
		awaitCall(REPLY, reply("stale-token", textMessage("職員とのやりとりは、すでに終了しています。ご質問はいつでもどうぞ。")));
		postWebhook(body(text(user, "after-token", "どこにも無い質問")));
		buttonData("after-token", "職員と話したい");
	}

	@Test
	void staffSeeTheQuestionThatFailedAndTheResidentsLineName() {
		String question = "マンホールの蓋が外れています " + UUID.randomUUID();
		profile("山田 花子");
		postWebhook(body(text(user, "ask-token", question)));
		buttonData("ask-token", "職員と話したい");
		postWebhook(body(text(user, "later-token", "ほかの質問 " + UUID.randomUUID())));
		buttonData("later-token", "職員と話したい");

		// Typed, not tapped: the hand-off takes the resident's last question the bot
		// could not answer.
		postWebhook(body(text(user, "staff-token", "職員と話したい")));
		String marker = "至急お願いします " + UUID.randomUUID();
		postWebhook(body(text(user, "marker-token", marker)));
		HandOff handOff = openWith(marker);

		assertThat(handOff.question()).startsWith("ほかの質問 ");
		assertThat(handOff.displayName()).isEqualTo("山田 花子");
		line.verify(getRequestedFor(urlEqualTo("/v2/bot/profile/" + user)).withHeader("Authorization",
				equalTo("Bearer test-channel-token")));
	}

	@Test
	void theButtonUnderAnAnswerThatDidNotHelpNamesItsQuestionAndEntry() {
		String question = "粗大ごみ 申し込み方法 " + UUID.randomUUID();
		knowledgeBase.script(question, Decision.ANSWER, GARBAGE);
		profile("Taro");
		postWebhook(body(text(user, "ask-token", question)));
		postWebhook(body(postback(user, "unsolved-token", buttonData("ask-token", "解決しない"))));

		postWebhook(body(postback(user, "person-token", buttonData("unsolved-token", "職員と話したい"))));
		String marker = "電話がつながりません " + UUID.randomUUID();
		postWebhook(body(text(user, "marker-token", marker)));
		HandOff handOff = openWith(marker);

		assertThat(handOff.reason()).isEqualTo("FAQ garbage-1: not solved");
		assertThat(handOff.question()).isEqualTo(question);
		assertThat(handOff.displayName()).isEqualTo("Taro");
	}

	@Test
	void aHandOffOpensWithoutANameWhenLineGivesNoProfile() {
		line.stubFor(get("/v2/bot/profile/" + user).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Not found\"}")));
		postWebhook(body(text(user, "staff-token", "職員と話したい")));
		awaitCall(REPLY, reply("staff-token", textMessage(OPENED_IN_HOURS, LEAVE)));
		String marker = "名前なし " + UUID.randomUUID();
		postWebhook(body(text(user, "marker-token", marker)));

		HandOff handOff = openWith(marker);
		assertThat(handOff.displayName()).isNull();
		assertThat(handOff.question()).isNull();
	}

	@Test
	void refusesEmptyRepliesAndUnknownHandOffs() {
		String marker = "確認 " + UUID.randomUUID();
		long id = handOffSaying(marker);

		assertThatThrownBy(() -> handOffs.reply(id, "  ")).isInstanceOf(HandOffReplyRejectedException.class);
		assertThatThrownBy(() -> handOffs.reply(id, "あ".repeat(5000)))
			.isInstanceOf(HandOffReplyRejectedException.class);
		assertThatThrownBy(() -> handOffs.get(Long.MAX_VALUE)).isInstanceOf(HandOffNotFoundException.class);
		handOffs.close(id);
		assertThatThrownBy(() -> handOffs.reply(id, "もう閉じています")).isInstanceOf(HandOffNotFoundException.class);
		assertThatThrownBy(() -> handOffs.close(id)).isInstanceOf(HandOffNotFoundException.class);
	}

}
