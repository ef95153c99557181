package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of an entry that the semantic stage embeds: the question with the head of the
 * answer (a question alone is too little text for a small model; more of the answer adds
 * nothing — chosen on the tune half, docs/benchmarks.md), then each alternative phrasing
 * and each phrasing learned from residents alone, as residents' own questions resemble
 * them.
 *
 * @param answerCharacters how much of the answer's body goes with the question
 */
record EmbeddedTexts(int answerCharacters, int answerSentenceCharacters) {

	/** The setting chosen on the tune half. */
	static final EmbeddedTexts STANDARD = new EmbeddedTexts(50, 0);

	List<String> of(FaqEntry entry, List<String> learned) {
		var texts = new ArrayList<String>(1 + entry.alternatives().size() + learned.size());
		String body = AnswerText.of(entry.answer()).body();
		texts.add(entry.question() + "\n"
				+ (body.length() <= answerCharacters ? body : body.substring(0, answerCharacters)));
		texts.addAll(entry.alternatives());
		texts.addAll(learned);
		if (answerSentenceCharacters > 0) {
			int end = body.indexOf('。');
			String first = end < 0 ? body : body.substring(0, end + 1);
			if (!first.isBlank()) {
				texts.add(first.length() <= answerSentenceCharacters ? first
						: first.substring(0, answerSentenceCharacters));
			}
		}
		return texts;
	}
}
