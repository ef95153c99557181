package io.tsutawaru.kb.search;

/**
 * The fields of an indexed FAQ entry. Japanese text is indexed three ways (words,
 * readings, character bigrams) because each finds what the others miss; English text
 * once, with the English analyzer.
 */
final class FaqFields {

	static final String ID = "id";
	static final String LANGUAGE = "language";
	static final String ENTRY = "entry";

	/**
	 * A number no other document written by this index shares; see
	 * {@link IndexedEntries}.
	 */
	static final String GENERATION = "generation";

	/**
	 * Stored only: the distinct words of the question and its alternatives as the
	 * question field analyses them, so the answer confidence compares words without
	 * analysing candidates at query time.
	 */
	static final String QUESTION_TERMS = "question_terms";

	/**
	 * Stored only: how many distinct words the entry's own questions have
	 * (QuestionBreadth); phrasings learned from residents widen what an entry is found
	 * by, not how broad its topic is.
	 */
	static final String QUESTION_BREADTH = "question_breadth";

	/**
	 * Stored only: each of the entry's questions (its own, its alternatives, the
	 * phrasings learned from residents) as its distinct words, one value a question, the
	 * words separated by line breaks ({@link QuestionCoverage} weighs what each asks
	 * about).
	 */
	static final String QUESTION_PHRASINGS = "question_phrasings";

	/**
	 * Stored only: the vectors of the entry's {@link EmbeddedTexts}, little-endian
	 * floats, one value each.
	 */
	static final String VECTORS = "vectors";

	/**
	 * Stored only: the key of each of those vectors' texts, in the same order, see
	 * DocumentVectors.
	 */
	static final String VECTOR_KEYS = "vector_keys";

	/**
	 * Stored only, present when the entry was written before its vectors were computed: a
	 * restart finds which entries still wait for theirs (VectorCompletion).
	 */
	static final String VECTORS_PENDING = "vectors_pending";

	/** Question and alternative phrasings: what residents' questions resemble most. */
	static final String QUESTION = "question";
	static final String QUESTION_READING = "question_reading";
	static final String QUESTION_BIGRAMS = "question_bigrams";

	/**
	 * Character pairs of the questions' whole readings (JapaneseReadingForm): all-kana
	 * questions meet kanji.
	 */
	static final String QUESTION_READING_BIGRAMS = "question_reading_bigrams";

	/**
	 * Questions and the answer (without its contact block and related-entry list) as one
	 * text: BM25 over the whole entry ranks better than separate answer and question
	 * fields added up (docs/benchmarks.md).
	 */
	static final String TEXT = "text";

	/** Titles of related entries listed under an answer: weak evidence of the topic. */
	static final String RELATED = "related";

	static final String EN_QUESTION = "en_question";
	static final String EN_ANSWER = "en_answer";

	private FaqFields() {
	}

}
