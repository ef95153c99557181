package io.tsutawaru.bot.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.ConfirmTemplate;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TemplateMessage;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.kb.DataSources;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.ResidentAnswer;
import io.tsutawaru.kb.TemplateText;
import io.tsutawaru.notifier.NotifierProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes one FAQ answer as LINE messages: the answer (split to LINE's limits) with its
 * page, department and the sources it is owed to, then a 「解決した／解決しない」 question whose
 * quick replies offer related questions. Every button carries the number of the card it
 * sits on ({@link QuestionCards}). An answer still holding a shared template's text is
 * sent with the city's name filled in and the other blanks left out; one that is only the
 * template's instruction to the city is never sent: the resident is told it is not
 * written yet and whom to call.
 */
@Component
class FaqAnswers {

	/**
	 * Answer parts; the feedback question takes the fifth and last message of a reply.
	 */
	private static final int MAX_ANSWER_MESSAGES = 4;

	private final ResidentTexts texts;

	private final ContactLines contacts;

	private final ObjectProvider<DataSources> sources;

	/** The city's name as residents know it (CITY_NAME), for the template's 「○○市」. */
	private final String cityName;

	FaqAnswers(ResidentTexts texts, ContactLines contacts, ObjectProvider<DataSources> sources,
			NotifierProperties notifier) {
		this.texts = texts;
		this.contacts = contacts;
		this.sources = sources;
		this.cityName = notifier.cap().senderName();
	}

	List<Message> answer(FaqEntry entry, List<FaqEntry> related, String language, long card) {
		if (!(TemplateText.forResidents(entry.answer(), cityName) instanceof ResidentAnswer.Written written)) {
			return List.of(Replies.text(texts.text(language, "faq.not-written", contacts.forEntry(entry, language))));
		}
		List<Message> messages = new ArrayList<>();
		Replies.split(body(entry, written.text(), language), MAX_ANSWER_MESSAGES)
			.forEach(part -> messages.add(Replies.text(part)));
		messages.add(feedbackQuestion(entry, related, language, card));
		return messages;
	}

	private String body(FaqEntry entry, String answer, String language) {
		StringBuilder body = new StringBuilder(answer.strip());
		if (entry.url() != null) {
			body.append("\n\n").append(texts.text(language, "faq.more", entry.url()));
		}
		if (entry.contact() != null && entry.contact().phone() != null) {
			body.append("\n").append(contacts.forEntry(entry, language));
		}
		DataSources owed = sources.getIfAvailable();
		if (owed != null) {
			owed.attributions().forEach(notice -> body.append("\n").append(notice));
		}
		return body.toString();
	}

	private Message feedbackQuestion(FaqEntry entry, List<FaqEntry> related, String language, long card) {
		String question = texts.text(language, "faq.feedback.question");
		var template = new ConfirmTemplate(question,
				List.of(Replies.postback(texts.text(language, "faq.feedback.solved"), feedback(entry, true, card)),
						Replies.postback(texts.text(language, "faq.feedback.unsolved"), feedback(entry, false, card))));
		List<QuickReplyItem> items = related.stream()
			.limit(3)
			.map(other -> new QuickReplyItem(show(other, card)))
			.toList();
		return new TemplateMessage(items.isEmpty() ? null : new QuickReply(items), null, question, template);
	}

	/**
	 * The 「職員と話したい」 button under an apology or an unhelpful answer; its values say which
	 * question (card) and entry failed, so that staff see them with the hand-off.
	 */
	Action person(String language, Map<String, String> failed) {
		return Replies.postback(texts.text(language, "handoff.request"),
				new PostbackData(Topic.HAND_OFF, "open", failed));
	}

	/**
	 * A button showing another entry's answer; the resident sees the question as their
	 * message. It names its card, so that the answer shown is known to answer that card's
	 * question.
	 */
	static Action show(FaqEntry entry, long card) {
		return Replies.postback(entry.question(),
				new PostbackData(Topic.FAQ, "show", Map.of("id", entry.id(), "k", Long.toString(card))));
	}

	private static PostbackData feedback(FaqEntry entry, boolean solved, long card) {
		return new PostbackData(Topic.FAQ, "feedback",
				Map.of("id", entry.id(), "k", Long.toString(card), "solved", solved ? "1" : "0"));
	}

}
