package io.tsutawaru.bot;

import java.util.Set;

import io.tsutawaru.kb.Decision;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.tsutawaru.bot.ScriptedKnowledgeBase.BATTERIES;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.GARBAGE;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.GARBAGE_EN;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.RECYCLING;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;

class FaqConversationTests extends LineWebhookTestSupport {

	private static final String GARBAGE_ANSWER = "粗大ごみは事前に申し込みが必要です。\n電話かインターネットで申し込んでください。\n\n"
			+ "詳しくはこちら：https://city.example.jp/gomi\nお問い合わせ：環境課 0561-00-0001（平日 8:30〜17:15）";

	@Autowired
	Subscribers subscribers;

	/**
	 * The 「解決しましたか？」 question under an answer, with related questions as quick replies.
	 */
	private static String feedbackQuestion(String question, String solved, String unsolved, String faqId,
			String... related) {
		String quickReply = related.length == 0 ? ""
				: ",\"quickReply\":{\"items\":[" + String.join(",", related) + "]}";
		return """
				{"type":"template","altText":"%1$s","template":{"type":"confirm","text":"%1$s","actions":[
				 {"type":"postback","label":"%2$s","data":"${json-unit.regex}c=faq&a=feedback&id=%4$s&k=[0-9]+&solved=1","displayText":"%2$s"},
				 {"type":"postback","label":"%3$s","data":"${json-unit.regex}c=faq&a=feedback&id=%4$s&k=[0-9]+&solved=0","displayText":"%3$s"}]}%5$s}
				"""
			.formatted(question, solved, unsolved, faqId, quickReply);
	}

	/**
	 * A button showing an entry; it names the card it sits on, whose number the test
	 * cannot know.
	 */
	private static String shows(String faqId) {
		return "${json-unit.regex}c=faq&a=show&id=" + faqId + "&k=[0-9]+";
	}

	private static String japaneseFeedback(String faqId, String... related) {
		return feedbackQuestion("この回答で解決しましたか？", "解決した", "解決しない", faqId, related);
	}

	@Test
	void answersWithFeedbackButtonsAndRelatedQuestions() {
		knowledgeBase.script("粗大ごみ", Decision.ANSWER, GARBAGE, RECYCLING, BATTERIES);

		assertThat(postWebhook(body(text(user, "answer-token", "粗大ごみ"))).statusCode()).isEqualTo(200);

		awaitCall(REPLY, reply("answer-token", textMessage(GARBAGE_ANSWER), japaneseFeedback("garbage-1",
				postbackItem("資源ごみの日は？", shows("garbage-2")), postbackItem("電池の捨て方は？", shows("garbage-3")))));
	}

	@Test
	void fillsInTheCityNameAndLeavesTheTemplatesOtherBlanksOut() {
		var template = new io.tsutawaru.kb.FaqEntry("sample-1", "母子手帳の受け取り場所はどこですか？", java.util.List.of(),
				"○○市では、母子手帳を市民課でお渡しします。\n\n▼詳しくはこちら\n（自治体HP内関連ページのURL）", null, null, null, null, "ja",
				java.time.Instant.EPOCH, true);
		knowledgeBase.script("母子手帳", Decision.ANSWER, template);

		postWebhook(body(text(user, "template-token", "母子手帳")));

		awaitCall(REPLY,
				reply("template-token", textMessage("つたわる市では、母子手帳を市民課でお渡しします。"), japaneseFeedback("sample-1")));
	}

	@Test
	void saysTheAnswerIsNotWrittenYetWhenItIsOnlyTheTemplatesInstruction() {
		var instruction = new io.tsutawaru.kb.FaqEntry("sample-2", "保育園の申し込み締め切りはいつですか？", java.util.List.of(),
				"（保育園の申し込み締め切りを記載してください。）\n例「毎月10日までにお申し込みください。」", null, null, null, null, "ja",
				java.time.Instant.EPOCH, true);
		knowledgeBase.script("保育園の締め切り", Decision.ANSWER, instruction);

		postWebhook(body(text(user, "instruction-token", "保育園の締め切り")));

		awaitCall(REPLY, reply("instruction-token",
				textMessage("申し訳ありません。このご質問への回答は、市でまだ準備中です。\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）")));
	}

	@Test
	void offersLikelyQuestionsWhenSeveralFit() {
		knowledgeBase.script("ごみ", Decision.CHOOSE, GARBAGE, RECYCLING, BATTERIES);

		postWebhook(body(text(user, "choose-token", "ごみ")));

		awaitCall(REPLY,
				reply("choose-token", textMessage("お問い合わせは次のどれですか？", postbackItem("粗大ごみの出し方は？", shows("garbage-1")),
						postbackItem("資源ごみの日は？", shows("garbage-2")), postbackItem("電池の捨て方は？", shows("garbage-3")),
						postbackItem("どれでもない", "${json-unit.regex}c=faq&a=none&k=[0-9]+", "どれでもない"))));
	}

	@Test
	void showsTheChosenQuestionsAnswer() {
		knowledgeBase.script("ごみの日", Decision.CHOOSE, GARBAGE, RECYCLING);
		postWebhook(body(text(user, "choose-token", "ごみの日")));

		postWebhook(body(postback(user, "show-token", buttonData("choose-token", "資源ごみの日は？"))));

		awaitCall(REPLY, reply("show-token", textMessage("資源ごみは毎週水曜日です。"), japaneseFeedback("garbage-2")));
	}

	@Test
	void apologisesWhenNoneOfTheChoicesFitEvenOnACardOfBeforeCardNumbers() {
		postWebhook(body(postback(user, "none-token", "c=faq&a=none")));

		awaitCall(REPLY, reply("none-token", textMessage(
				"申し訳ありません。お答えできる情報が見つかりませんでした。\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\nいただいたご質問は、回答を増やすために担当課で確認します。",
				postbackItem("職員と話したい", "c=ho&a=open"))));
	}

	@Test
	void givesTheGeneralLineInTheResidentsLanguage() {
		subscribers.updatePreferences(user, new Preferences(null, null, Set.of(), "en"));

		postWebhook(body(postback(user, "none-en-token", "c=faq&a=none")));

		// The name has a shipped English name; the hours are the city's own translation
		// (LineWebhookTestSupport).
		awaitCall(REPLY, reply("none-en-token", textMessage(
				"Sorry, we could not find an answer.\nContact: City Hall general information 0561-00-0000 (weekdays 8:30-17:15)\n"
						+ "The department will look at your question so that we can answer it in future.",
				postbackItem("Talk to staff", "c=ho&a=open"))));
	}

	@Test
	void thanksForSolvedFeedbackAndRecordsIt() {
		knowledgeBase.script("資源ごみ", Decision.ANSWER, RECYCLING);
		postWebhook(body(text(user, "answer-token", "資源ごみ")));

		postWebhook(body(postback(user, "solved-token", buttonData("answer-token", "解決した"))));

		awaitCall(REPLY, reply("solved-token", textMessage("ありがとうございました。ほかにもご質問があればどうぞ。")));
		assertThat(knowledgeBase.feedback).contains("garbage-2:solved");
	}

	@Test
	void offersTheDepartmentAndAPersonWhenNotSolved() {
		knowledgeBase.script("粗大ごみの申し込み", Decision.ANSWER, GARBAGE);
		postWebhook(body(text(user, "answer-token", "粗大ごみの申し込み")));

		postWebhook(body(postback(user, "unsolved-token", buttonData("answer-token", "解決しない"))));

		awaitCall(REPLY,
				reply("unsolved-token", textMessage(
						"お役に立てず申し訳ありません。\nお問い合わせ：環境課 0561-00-0001（平日 8:30〜17:15）\n職員と直接やりとりすることもできます。",
						postbackItem("職員と話したい", "${json-unit.regex}c=ho&a=open&faq=garbage-1&k=[0-9]+", "職員と話したい"))));
		assertThat(knowledgeBase.feedback).contains("garbage-1:unsolved");
	}

	@Test
	void answersAnEnglishSpeakerFromEnglishEntries() {
		subscribers.updatePreferences(user, new Preferences(null, null, Set.of(), "en"));
		knowledgeBase.scriptIn("en", "bulky garbage", Decision.ANSWER, GARBAGE_EN);

		postWebhook(body(text(user, "english-token", "bulky garbage")));

		awaitCall(REPLY,
				reply("english-token",
						textMessage("Bulky garbage must be booked in advance, by phone or online.\n"
								+ "Contact: Environment Division 0561-00-0001 (weekdays 8:30-17:15)"),
						feedbackQuestion("Did this answer help?", "Yes, solved", "Not solved", "garbage-1-en")));
	}

	@Test
	void fallsBackToJapaneseEntriesWithEnglishTextsAround() {
		subscribers.updatePreferences(user, new Preferences(null, null, Set.of(), "en"));
		knowledgeBase.scriptIn("ja", "粗大ごみ 英語", Decision.ANSWER, GARBAGE);

		postWebhook(body(text(user, "fallback-token", "粗大ごみ 英語")));

		awaitCall(REPLY,
				reply("fallback-token", textMessage("粗大ごみは事前に申し込みが必要です。\n電話かインターネットで申し込んでください。\n\n"
						+ "More information: https://city.example.jp/gomi\nContact: 環境課 0561-00-0001 (平日 8:30〜17:15)"),
						feedbackQuestion("Did this answer help?", "Yes, solved", "Not solved", "garbage-1")));
		assertThat(knowledgeBase.searches).containsSubsequence("en:粗大ごみ 英語", "ja:粗大ごみ 英語");
	}

}
