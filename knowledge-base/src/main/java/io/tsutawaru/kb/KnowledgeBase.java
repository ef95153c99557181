package io.tsutawaru.kb;

import java.util.Optional;

/**
 * Finds the FAQ entry a resident means from a short, colloquial question.
 *
 * <p>
 * A Spring bean. Searches see edits within about a second (near-real-time), without a
 * restart.
 */
public interface KnowledgeBase {

	/**
	 * Searches the published entries of one language.
	 * @param question the resident's text, as typed; any string, including {@code null},
	 * empty, very long or containing query syntax
	 * @param language {@code "ja"}, {@code "en"}, or {@code "easy-ja"} (searched as
	 * Japanese); an unknown or {@code null} language is searched as Japanese
	 * @return the ranked candidates (best first, at most 10) and what the bot should do
	 * with them; never throws
	 */
	SearchResult search(String question, String language);

	/**
	 * Looks up one entry by its id, published or not.
	 * @param id the entry's id
	 * @return the entry, or empty when there is none with that id
	 */
	Optional<FaqEntry> find(String id);

}
