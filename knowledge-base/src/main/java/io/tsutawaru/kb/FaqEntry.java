package io.tsutawaru.kb;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One question and its answer, as the city's department staff maintain it.
 *
 * @param id stable identifier; imports upsert by it
 * @param question the question as staff wrote it
 * @param alternatives other phrasings of the same question; they are searched like the
 * question
 * @param answer the answer shown to the resident
 * @param category a topic, e.g. 「保育」; may be {@code null}
 * @param department the department answering for it; may be {@code null}
 * @param contact how to reach that department; may be {@code null}
 * @param url a page with the full information; may be {@code null}
 * @param language {@code "ja"}, {@code "en"}, ...
 * @param updatedAt when the entry last changed
 * @param published whether residents may see it
 */
public record FaqEntry(String id, String question, List<String> alternatives, String answer, String category,
		String department, Contact contact, URI url, String language, Instant updatedAt, boolean published) {

	/** Copies the list of alternatives so the entry stays immutable. */
	public FaqEntry {
		alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
	}
}
