package io.tsutawaru.bot.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.QuestionUnanswered;
import io.tsutawaru.kb.SearchResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Answers a typed question by the knowledge base's decision: the answer, a choice of likely questions, or an
 * apology with a number to call (and the question kept for staff as unanswered).
 */
@Component
class FaqConversation implements Conversation {

	/** Longer texts are not questions; searching the first part is enough and keeps the search cheap. */
	private static final int MAX_QUESTION = 1000;

	private final KnowledgeBase knowledgeBase;

	private final AnswerFeedback feedback;

	private final FaqAnswers answers;

	private final ContactLines contacts;

	private final ResidentTexts texts;

	private final ApplicationEventPublisher events;

	FaqConversation(KnowledgeBase knowledgeBase, AnswerFeedback feedback, FaqAnswers answers, ContactLines contacts,
			ResidentTexts texts, ApplicationEventPublisher events) {
		this.knowledgeBase = knowledgeBase;
		this.feedback = feedback;
		this.answers = answers;
		this.contacts = contacts;
		this.texts = texts;
		this.events = events;
	}

	@Override
	public Topic topic() {
		return Topic.FAQ;
	}

	@Override
	public boolean startsWith(String text) {
		return false;
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		return switch (incoming) {
			case Incoming.Text text -> question(text.text().strip(), resident.language());
			case Incoming.Postback postback -> button(postback.data(), resident.language());
			default -> List.of();
		};
	}

	private List<Message> question(String typed, String language) {
		String question = typed.length() > MAX_QUESTION ? typed.substring(0, MAX_QUESTION) : typed;
		SearchResult result = knowledgeBase.search(question, language);
		if (result.decision() == Decision.NOT_FOUND && !"ja".equals(language)) {
			// No entry in the resident's language: a Japanese answer is better than none.
			result = knowledgeBase.search(question, "ja");
		}
		List<FaqEntry> found = result.candidates().stream().map(Candidate::entry).toList();
		return switch (result.decision()) {
			case ANSWER -> answers.answer(found.get(0), found.subList(1, found.size()), language);
			case CHOOSE -> choose(found, language);
			case NOT_FOUND -> notFound(question, language);
		};
	}

	private List<Message> choose(List<FaqEntry> found, String language) {
		List<Action> buttons = new ArrayList<>();
		found.stream().limit(3).forEach(entry -> buttons.add(FaqAnswers.show(entry)));
		buttons.add(Replies.postback(texts.text(language, "faq.none-of-these"), PostbackData.of(Topic.FAQ, "none")));
		return List.of(Replies.text(texts.text(language, "faq.choose"), buttons));
	}

	private List<Message> notFound(String question, String language) {
		events.publishEvent(new QuestionUnanswered(question, language, Instant.now()));
		return List.of(apology(texts.text(language, "faq.not-found", contacts.general(language)), language));
	}

	private List<Message> button(PostbackData data, String language) {
		return switch (data.action()) {
			case "show" -> knowledgeBase.find(data.value("id"))
				.filter(FaqEntry::published)
				.map(entry -> answers.answer(entry, List.of(), language))
				.orElseGet(() -> List.of(apology(texts.text(language, "faq.gone", contacts.general(language)), language)));
			case "none" -> List.of(apology(texts.text(language, "faq.not-found", contacts.general(language)), language));
			case "feedback" -> feedback(data.value("id"), "1".equals(data.value("solved")), language);
			default -> List.of();
		};
	}

	private List<Message> feedback(String faqId, boolean solved, String language) {
		try {
			feedback.recordFeedback(faqId, solved);
		}
		catch (FaqEntryNotFoundException removed) {
			// The entry was removed since it was shown; the resident still deserves an answer.
		}
		if (solved) {
			return List.of(Replies.text(texts.text(language, "faq.feedback.thanks")));
		}
		String contact = contacts.forEntry(knowledgeBase.find(faqId).orElse(null), language);
		Action person = Replies.postback(texts.text(language, "handoff.request"),
				new PostbackData(Topic.HAND_OFF, "open", Map.of("faq", faqId)));
		return List.of(Replies.text(texts.text(language, "faq.feedback.sorry", contact), List.of(person)));
	}

	private Message apology(String text, String language) {
		Action person = Replies.postback(texts.text(language, "handoff.request"), PostbackData.of(Topic.HAND_OFF, "open"));
		return Replies.text(text, List.of(person));
	}

}
