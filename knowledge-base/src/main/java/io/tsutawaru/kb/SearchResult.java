package io.tsutawaru.kb;

import java.util.List;

/**
 * What a search found and what the bot should do with it.
 *
 * @param question the question that was searched, as given
 * @param decision answer with the first candidate, offer a choice, or apologise
 * @param candidates ranked, best first, at most 10; empty when nothing matched
 */
public record SearchResult(String question, Decision decision, List<Candidate> candidates) {

	/** Copies the candidates so the result stays immutable. */
	public SearchResult {
		candidates = candidates == null ? List.of() : List.copyOf(candidates);
	}
}
