package io.tsutawaru.bot.faq;

import java.time.Clock;
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
import io.tsutawaru.bot.faq.QuestionCards.Outcome;
import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.EntryChosen;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.QuestionUnanswered;
import io.tsutawaru.kb.SearchResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Answers a typed question by the knowledge base's decision: the answer, a choice of
 * likely questions, or an apology with a number to call (and the question kept for staff
 * as unanswered). Each is a card of its own ({@link QuestionCards}), so that a tap on
 * 「どれでもない」 keeps the question for staff once.
 */
@Component
class FaqConversation implements Conversation {

	/**
	 * Longer texts are not questions; searching the first part is enough and keeps the
	 * search cheap.
	 */
	private static final int MAX_QUESTION = 1000;

	private final KnowledgeBase knowledgeBase;

	private final QuestionCards cards;

	private final FeedbackVotes votes;

	private final FaqAnswers answers;

	private final ContactLines contacts;

	private final ResidentTexts texts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final QuestionMeters meters;

	FaqConversation(KnowledgeBase knowledgeBase, QuestionCards cards, FeedbackVotes votes, FaqAnswers answers,
			ContactLines contacts, ResidentTexts texts, ApplicationEventPublisher events, Clock clock,
			QuestionMeters meters) {
		this.meters = meters;
		this.knowledgeBase = knowledgeBase;
		this.cards = cards;
		this.votes = votes;
		this.answers = answers;
		this.contacts = contacts;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
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
			case Incoming.Text text -> question(text.text().strip(), resident);
			case Incoming.Postback postback -> button(postback.data(), resident);
			default -> List.of();
		};
	}

	private List<Message> question(String typed, Resident resident) {
		String language = resident.language();
		String question = typed.length() > MAX_QUESTION ? typed.substring(0, MAX_QUESTION) : typed;
		SearchResult result = knowledgeBase.search(question, language);
		if (result.decision() == Decision.NOT_FOUND && !"ja".equals(language)) {
			// No entry in the resident's language: a Japanese answer is better than none.
			result = knowledgeBase.search(question, "ja");
		}
		List<FaqEntry> found = result.candidates().stream().map(Candidate::entry).toList();
		meters.decided(result.decision());
		return switch (result.decision()) {
			case ANSWER -> answers.answer(found.get(0), found.subList(1, found.size()), language,
					card(resident, question, found.get(0).id(), null));
			case CHOOSE -> choose(found, language, card(resident, question, null, null));
			case NOT_FOUND -> notFound(question, resident);
		};
	}

	private List<Message> choose(List<FaqEntry> found, String language, long card) {
		List<Action> buttons = new ArrayList<>();
		found.stream().limit(3).forEach(entry -> buttons.add(FaqAnswers.show(entry, card)));
		buttons.add(Replies.postback(texts.text(language, "faq.none-of-these"),
				new PostbackData(Topic.FAQ, "none", Map.of("k", Long.toString(card)))));
		return List.of(Replies.text(texts.text(language, "faq.choose"), buttons));
	}

	private List<Message> notFound(String question, Resident resident) {
		long card = card(resident, question, null, Outcome.NOT_FOUND);
		events.publishEvent(new QuestionUnanswered(question, resident.language(), clock.instant()));
		return List.of(apology(resident.language(), card));
	}

	private List<Message> button(PostbackData data, Resident resident) {
		return switch (data.action()) {
			case "show" -> show(data, resident);
			case "none" -> noneOfThese(data, resident);
			case "feedback" -> votes.vote(data, resident);
			default -> List.of();
		};
	}

	/**
	 * An entry the resident picked: its answer is a card of its own, for the question of
	 * the card it was on, and that question led the resident to the entry (a candidate
	 * phrasing of it for staff, {@link EntryChosen}).
	 */
	private List<Message> show(PostbackData data, Resident resident) {
		meters.chose(true);
		String language = resident.language();
		return knowledgeBase.find(data.value("id")).filter(FaqEntry::published).map(entry -> {
			String question = cards.find(resident.userId(), data.value("k"))
				.map(QuestionCards.Card::question)
				.orElse(null);
			if (question != null) {
				events.publishEvent(new EntryChosen(entry.id(), question, clock.instant()));
			}
			return answers.answer(entry, List.of(), language, card(resident, question, entry.id(), null));
		})
			.orElseGet(() -> List.of(Replies.text(texts.text(language, "faq.gone", contacts.general(language)),
					List.of(answers.person(language, Map.of())))));
	}

	/**
	 * None of the entries offered fit: the question is kept for the department, as the
	 * apology promises, on the first tap only; a second tap of the same button is
	 * answered alike but is not a second question.
	 */
	private List<Message> noneOfThese(PostbackData data, Resident resident) {
		QuestionCards.Act act = cards.act(resident.userId(), data.value("k"), Outcome.NONE, clock.instant());
		if (act instanceof QuestionCards.Act.First) {
			meters.chose(false);
		}
		if (act instanceof QuestionCards.Act.First(QuestionCards.Card card) && card.question() != null) {
			events.publishEvent(new QuestionUnanswered(card.question(), card.language(), clock.instant()));
		}
		return List.of(apology(resident.language(), act.known().map(QuestionCards.Card::id).orElse(null)));
	}

	private long card(Resident resident, String question, String faqId, Outcome outcome) {
		return cards.write(resident.userId(), question, resident.language(), faqId, outcome, clock.instant());
	}

	/**
	 * The apology for a question left unanswered, with a button to a person that names
	 * the question's card.
	 */
	private Message apology(String language, Long card) {
		return Replies.text(texts.text(language, "faq.not-found", contacts.general(language)),
				List.of(answers.person(language, card == null ? Map.of() : Map.of("k", card.toString()))));
	}

}
