package io.tsutawaru.bot.faq;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.faq.QuestionCards.Act;
import io.tsutawaru.bot.faq.QuestionCards.Outcome;
import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.EntryChosen;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.KnowledgeBase;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A resident's 「解決した／解決しない」 on an answer's card. A card takes one vote: a second one, the
 * opposite included, is declined politely and not counted. Declining rather than changing
 * the vote keeps the knowledge base's tallies a plain count of first impressions (they
 * are added up, never rewritten), and the first vote may already have led somewhere (a
 * hand-off to a person). Help is never declined: a resident who now says the answer did
 * not help is offered the department's line and a person again. A first 「解決した」 tells the
 * knowledge base that the card's question led to the entry ({@link EntryChosen}: a
 * candidate phrasing of it for staff).
 */
@Component
class FeedbackVotes {

	private final QuestionCards cards;

	private final AnswerFeedback feedback;

	private final KnowledgeBase knowledgeBase;

	private final FaqAnswers answers;

	private final ContactLines contacts;

	private final ResidentTexts texts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackVotes(QuestionCards cards, AnswerFeedback feedback, KnowledgeBase knowledgeBase, FaqAnswers answers,
			ContactLines contacts, ResidentTexts texts, ApplicationEventPublisher events, Clock clock) {
		this.cards = cards;
		this.feedback = feedback;
		this.knowledgeBase = knowledgeBase;
		this.answers = answers;
		this.contacts = contacts;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
	}

	List<Message> vote(PostbackData data, Resident resident) {
		String faqId = data.value("id");
		boolean solved = "1".equals(data.value("solved"));
		Act act = cards.act(resident.userId(), data.value("k"), solved ? Outcome.SOLVED : Outcome.UNSOLVED,
				clock.instant());
		// A card without a known number (sent before cards had one) cannot tell a first
		// vote from a second: not counted.
		if (act instanceof Act.First(QuestionCards.Card card)) {
			count(faqId, solved);
			if (solved && faqId != null && card.question() != null) {
				events.publishEvent(new EntryChosen(faqId, card.question(), clock.instant()));
			}
		}
		boolean again = act instanceof Act.Again;
		String language = resident.language();
		if (solved) {
			return List
				.of(Replies.text(texts.text(language, again ? "faq.feedback.already-thanks" : "faq.feedback.thanks")));
		}
		String contact = contacts.forEntry(knowledgeBase.find(faqId).orElse(null), language);
		Map<String, String> failed = new HashMap<>();
		if (faqId != null) {
			failed.put("faq", faqId);
		}
		act.known().ifPresent(card -> failed.put("k", Long.toString(card.id())));
		return List
			.of(Replies.text(texts.text(language, again ? "faq.feedback.already-sorry" : "faq.feedback.sorry", contact),
					List.of(answers.person(language, failed))));
	}

	private void count(String faqId, boolean solved) {
		try {
			feedback.recordFeedback(faqId, solved);
		}
		catch (FaqEntryNotFoundException removed) {
			// The entry was removed since it was shown; the resident still deserves an
			// answer.
		}
	}

}
