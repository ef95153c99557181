package io.tsutawaru.bot;

import java.util.UUID;

import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.EntryChosen;
import io.tsutawaru.kb.QuestionUnanswered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tsutawaru.bot.ScriptedKnowledgeBase.BATTERIES;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.GARBAGE;
import static io.tsutawaru.bot.ScriptedKnowledgeBase.RECYCLING;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buttons under the bot's answers act once, however often or late a resident taps
 * them: 「どれでもない」 keeps the question for the department, as the bot promises, and a
 * 「解決しましたか？」 card counts one vote. A pick from the choices and a first 「解決した」 tell the
 * knowledge base which entry the card's question led to.
 */
class AnswerCardTests extends LineWebhookTestSupport {

	private static final String NOT_FOUND = "申し訳ありません。お答えできる情報が見つかりませんでした。\n"
			+ "お問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\nいただいたご質問は、回答を増やすために担当課で確認します。";

	/**
	 * The hand-off button under an apology names the card, so staff see the question that
	 * failed.
	 */
	private static final String PERSON = postbackItem("職員と話したい", "${json-unit.regex}c=ho&a=open&k=[0-9]+", "職員と話したい");

	/**
	 * The 「解決しましたか？」 card under an answer (its own tests are in FaqConversationTests).
	 */
	private static final String ANY_FEEDBACK_CARD = "\"${json-unit.ignore}\"";

	@Test
	void noneOfTheseKeepsTheQuestionForTheDepartmentOnce() {
		String question = "ごみの出し方の相談 " + UUID.randomUUID();
		knowledgeBase.script(question, Decision.CHOOSE, GARBAGE, RECYCLING);
		postWebhook(body(text(user, "ask-token", question)));
		String none = buttonData("ask-token", "どれでもない");

		postWebhook(body(postback(user, "none-token", none)));
		awaitCall(REPLY, reply("none-token", textMessage(NOT_FOUND, PERSON)));
		// The button stays in the chat: a second tap is answered again but is not a
		// second question.
		postWebhook(body(postback(user, "none-again-token", none)));
		awaitCall(REPLY, reply("none-again-token", textMessage(NOT_FOUND, PERSON)));

		assertThat(knowledgeBase.unanswered).filteredOn(unanswered -> unanswered.question().equals(question))
			.extracting(QuestionUnanswered::language)
			.containsExactly("ja");
	}

	@Test
	void aQuestionNotFoundIsKeptOnceAndItsApologyNamesItsCard() {
		String question = "どこにも無い質問 " + UUID.randomUUID();
		postWebhook(body(text(user, "ask-token", question)));

		awaitCall(REPLY, reply("ask-token", textMessage(NOT_FOUND, PERSON)));
		assertThat(knowledgeBase.unanswered).filteredOn(unanswered -> unanswered.question().equals(question))
			.hasSize(1);
	}

	@ParameterizedTest(name = "first vote solved: {0}")
	@ValueSource(booleans = { true, false })
	void aFeedbackCardCountsOneVoteAndDeclinesASecondOppositeOnePolitely(boolean solvedFirst) {
		String question = "電池 " + UUID.randomUUID();
		knowledgeBase.script(question, Decision.ANSWER, BATTERIES);
		postWebhook(body(text(user, "ask-token", question)));
		String solved = buttonData("ask-token", "解決した");
		String unsolved = buttonData("ask-token", "解決しない");
		long before = votesOn(BATTERIES.id());

		postWebhook(body(postback(user, "first-vote", solvedFirst ? solved : unsolved)));
		awaitCall(REPLY,
				reply("first-vote", solvedFirst ? textMessage("ありがとうございました。ほかにもご質問があればどうぞ。") : textMessage(
						"お役に立てず申し訳ありません。\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\n職員と直接やりとりすることもできます。",
						postbackItem("職員と話したい", "${json-unit.regex}c=ho&a=open&faq=garbage-3&k=[0-9]+", "職員と話したい"))));
		postWebhook(body(postback(user, "second-vote", solvedFirst ? unsolved : solved)));

		// Declined, but a resident who now says it did not help is still offered the line
		// and a person.
		awaitCall(REPLY,
				reply("second-vote", solvedFirst ? textMessage(
						"この回答へのご意見は、すでにいただいています。\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\n職員と直接やりとりすることもできます。",
						postbackItem("職員と話したい", "${json-unit.regex}c=ho&a=open&faq=garbage-3&k=[0-9]+", "職員と話したい"))
						: textMessage("この回答へのご意見は、すでにいただいています。ありがとうございました。")));
		assertThat(votesOn(BATTERIES.id())).isEqualTo(before + 1);
		assertThat(knowledgeBase.feedback.getLast())
			.isEqualTo(BATTERIES.id() + (solvedFirst ? ":solved" : ":unsolved"));
	}

	@Test
	void aPickFromTheChoicesTellsTheKnowledgeBaseWhichEntryTheQuestionLedTo() {
		String question = "ごみの日っていつ " + UUID.randomUUID();
		knowledgeBase.script(question, Decision.CHOOSE, GARBAGE, RECYCLING, BATTERIES);
		postWebhook(body(text(user, "ask-token", question)));

		postWebhook(body(postback(user, "pick-token", buttonData("ask-token", RECYCLING.question()))));

		awaitCall(REPLY, reply("pick-token", textMessage("資源ごみは毎週水曜日です。"), ANY_FEEDBACK_CARD));
		assertThat(chosenBy(question)).extracting(EntryChosen::faqId).containsExactly(RECYCLING.id());
	}

	@Test
	void aFirstSolvedVoteTellsTheKnowledgeBaseOnceAndAnUnsolvedOneNever() {
		String solvedQuestion = "電池どうする " + UUID.randomUUID();
		String unsolvedQuestion = "電池わからん " + UUID.randomUUID();
		knowledgeBase.script(solvedQuestion, Decision.ANSWER, BATTERIES);
		knowledgeBase.script(unsolvedQuestion, Decision.ANSWER, BATTERIES);
		postWebhook(body(text(user, "solved-ask", solvedQuestion)));
		String solved = buttonData("solved-ask", "解決した");
		postWebhook(body(text(user, "unsolved-ask", unsolvedQuestion)));
		String unsolved = buttonData("unsolved-ask", "解決しない");

		postWebhook(body(postback(user, "solved-vote", solved)));
		awaitCall(REPLY, reply("solved-vote", textMessage("ありがとうございました。ほかにもご質問があればどうぞ。")));
		postWebhook(body(postback(user, "solved-again", solved)));
		awaitCall(REPLY, reply("solved-again", textMessage("この回答へのご意見は、すでにいただいています。ありがとうございました。")));
		postWebhook(body(postback(user, "unsolved-vote", unsolved)));
		buttonData("unsolved-vote", "職員と話したい");

		assertThat(chosenBy(solvedQuestion)).extracting(EntryChosen::faqId).containsExactly(BATTERIES.id());
		assertThat(chosenBy(unsolvedQuestion)).isEmpty();
	}

	@Test
	void aVoteFromACardWithoutANumberIsAnsweredButNotCounted() {
		long before = votesOn(RECYCLING.id());
		// Cards sent before cards had numbers cannot tell a first vote from a second, so
		// they count none.
		postWebhook(body(postback(user, "old-card", "c=faq&a=feedback&id=garbage-2&solved=1")));

		awaitCall(REPLY, reply("old-card", textMessage("ありがとうございました。ほかにもご質問があればどうぞ。")));
		assertThat(votesOn(RECYCLING.id())).isEqualTo(before);
	}

	@Test
	void aCardOfAnotherResidentOrANumberNoCardHasCountsNothing() {
		String question = "他の人の質問 " + UUID.randomUUID();
		String other = "U" + UUID.randomUUID().toString().replace("-", "");
		knowledgeBase.script(question, Decision.CHOOSE, GARBAGE, RECYCLING);
		postWebhook(body(text(other, "other-token", question)));
		String theirs = buttonData("other-token", "どれでもない");
		String card = theirs.substring(theirs.indexOf("k=") + 2);
		long before = votesOn(GARBAGE.id());

		int n = 0;
		for (String data : new String[] { theirs, "c=faq&a=none&k=abc", "c=faq&a=none&k=-1",
				"c=faq&a=none&k=99999999999999999999", "c=faq&a=none&k=", "c=faq&a=none&k=１２",
				"c=faq&a=feedback&id=garbage-1&k=" + card + "&solved=0",
				"c=faq&a=feedback&id=garbage-1&k=x&solved=0" }) {
			String token = "forged-" + n++;
			postWebhook(body(postback(user, token, data)));
			buttonData(token, "職員と話したい");
		}
		// Their card's number on this resident's pick or vote is answered, but says
		// nothing of their question.
		postWebhook(body(postback(user, "forged-pick", "c=faq&a=show&id=garbage-2&k=" + card)));
		awaitCall(REPLY, reply("forged-pick", textMessage("資源ごみは毎週水曜日です。"), ANY_FEEDBACK_CARD));
		postWebhook(body(postback(user, "forged-vote", "c=faq&a=feedback&id=garbage-1&k=" + card + "&solved=1")));
		awaitCall(REPLY, reply("forged-vote", textMessage("ありがとうございました。ほかにもご質問があればどうぞ。")));
		// The resident whose card it is still has their first tap.
		postWebhook(body(postback(other, "their-token", theirs)));
		awaitCall(REPLY, reply("their-token", textMessage(NOT_FOUND, PERSON)));

		assertThat(knowledgeBase.unanswered).filteredOn(unanswered -> unanswered.question().equals(question))
			.hasSize(1);
		assertThat(votesOn(GARBAGE.id())).isEqualTo(before);
		assertThat(chosenBy(question)).isEmpty();
	}

	private java.util.List<EntryChosen> chosenBy(String question) {
		return knowledgeBase.chosen.stream().filter(chosen -> chosen.question().equals(question)).toList();
	}

	private long votesOn(String faqId) {
		return knowledgeBase.feedback.stream().filter(vote -> vote.startsWith(faqId + ":")).count();
	}

}
