package io.tsutawaru.kb;

import java.time.Instant;

/**
 * A resident asked something the knowledge base could not answer.
 *
 * <p>
 * The bot publishes it with Spring's {@code ApplicationEventPublisher}; the knowledge
 * base stores it so department staff can see what residents could not find.
 *
 * @param question the resident's question
 * @param language the language it was asked in
 * @param at when it was asked
 */
public record QuestionUnanswered(String question, String language, Instant at) {
}
