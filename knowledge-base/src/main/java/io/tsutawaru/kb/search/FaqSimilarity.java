package io.tsutawaru.kb.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 per field. Questions are one sentence each, so their length says little about
 * their topic and is normalised only lightly; answers vary from one line to a page and
 * keep the usual normalisation.
 */
final class FaqSimilarity extends PerFieldSimilarityWrapper {

	private static final Similarity SHORT_TEXT = new BM25Similarity(1.2f, 0.3f);

	private static final Similarity LONG_TEXT = new BM25Similarity(1.2f, 0.75f);

	@Override
	public Similarity get(String field) {
		return switch (field) {
			case FaqFields.QUESTION, FaqFields.QUESTION_READING, FaqFields.QUESTION_BIGRAMS, FaqFields.EN_QUESTION ->
				SHORT_TEXT;
			default -> LONG_TEXT;
		};
	}

}
