package io.tsutawaru.bot.faq;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The cards the bot answered typed questions with ({@code bot_question_cards}). A card's
 * buttons carry its number ({@code k}), so the bot knows which question a tap is about,
 * and a card is acted on once: the first 「どれでもない」 or vote sets its outcome, every later
 * tap finds it set.
 */
@Component
public class QuestionCards {

	/** What a resident did with a card, or that the bot could not answer at all. */
	public enum Outcome {

		/** 「解決した」. */
		SOLVED,
		/** 「解決しない」. */
		UNSOLVED,
		/** 「どれでもない」 under a choice of entries. */
		NONE,
		/** Nothing was found; set when the card (an apology) is written. */
		NOT_FOUND

	}

	/**
	 * One card.
	 *
	 * @param id its number, carried by its buttons
	 * @param question what the resident typed, or {@code null} for an answer shown from a
	 * card of before numbers
	 * @param language the resident's language when they asked
	 */
	public record Card(long id, String question, String language) {
	}

	/** What acting on a card came to. */
	public sealed interface Act {

		/** The card acted on, when it is known. */
		default Optional<Card> known() {
			return switch (this) {
				case First first -> Optional.of(first.card());
				case Again again -> Optional.of(again.card());
				case Unknown unknown -> Optional.empty();
			};
		}

		/** The card's first action: it counts. */
		record First(Card card) implements Act {
		}

		/** The card was acted on before; this tap does not count again. */
		record Again(Card card) implements Act {
		}

		/**
		 * No such card of this resident's: one sent before cards had numbers, or one past
		 * its retention.
		 */
		record Unknown() implements Act {
		}

	}

	private final JdbcClient jdbc;

	QuestionCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a card for a question and returns its number. */
	long write(String lineUserId, String question, String language, String faqId, Outcome outcome, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO bot_question_cards (line_user_id, question, language, faq_id, outcome, asked_at, acted_at)
				VALUES (:user, :question, :language, :faq, :outcome, :now, :acted)""")
			.param("user", lineUserId)
			.param("question", question)
			.param("language", language)
			.param("faq", faqId)
			.param("outcome", outcome == null ? null : outcome.name())
			.param("now", at(now))
			.param("acted", outcome == null ? null : at(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Records the resident's action on a card, once: the update takes only a card with no
	 * outcome yet, so of two taps, even at the same moment in two processes, one is
	 * first.
	 */
	Act act(String lineUserId, String cardNumber, Outcome outcome, Instant now) {
		Optional<Card> card = find(lineUserId, cardNumber);
		if (card.isEmpty()) {
			return new Act.Unknown();
		}
		int taken = jdbc.sql("""
				UPDATE bot_question_cards SET outcome = :outcome, acted_at = :now
				WHERE id = :id AND line_user_id = :user AND outcome IS NULL""")
			.param("outcome", outcome.name())
			.param("now", at(now))
			.param("id", card.get().id())
			.param("user", lineUserId)
			.update();
		return taken == 1 ? new Act.First(card.get()) : new Act.Again(card.get());
	}

	/**
	 * A card of this resident's by the number its button carried; empty for none (a
	 * missing or foreign number, a card removed by the retention job).
	 */
	public Optional<Card> find(String lineUserId, String cardNumber) {
		Long id = number(cardNumber);
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, question, language FROM bot_question_cards WHERE id = :id AND line_user_id = :user")
			.param("id", id)
			.param("user", lineUserId)
			.query((rs, n) -> new Card(rs.getLong("id"), rs.getString("question"), rs.getString("language")))
			.optional();
	}

	/**
	 * The question of this resident's that most recently turned out unanswered (nothing
	 * found, 「どれでもない」, 「解決しない」), among those asked since a moment.
	 */
	public Optional<String> lastUnanswered(String lineUserId, Instant since) {
		return jdbc.sql("""
				SELECT question FROM bot_question_cards
				WHERE line_user_id = :user AND asked_at >= :since AND question IS NOT NULL
				  AND outcome IN ('NOT_FOUND', 'NONE', 'UNSOLVED')
				ORDER BY acted_at DESC, id DESC LIMIT 1""")
			.param("user", lineUserId)
			.param("since", at(since))
			.query(String.class)
			.optional();
	}

	private static Long number(String cardNumber) {
		if (cardNumber == null || cardNumber.isEmpty() || cardNumber.length() > 18
				|| !cardNumber.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		return Long.valueOf(cardNumber);
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
