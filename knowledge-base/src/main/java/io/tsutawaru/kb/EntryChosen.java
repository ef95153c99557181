package io.tsutawaru.kb;

import java.time.Instant;

/**
 * A resident's question led them to an entry: they picked it from the choices, or said
 * 「解決した」 to its answer. Published by the bot; the knowledge base keeps the question as a
 * candidate phrasing of the entry for staff to review ({@link CandidatePhrasings}).
 *
 * @param faqId the entry
 * @param question the question the resident typed
 * @param at when they chose it
 */
public record EntryChosen(String faqId, String question, Instant at) {
}
