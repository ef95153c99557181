package io.tsutawaru.kb.search;

import io.tsutawaru.kb.semantic.DocumentVectors;

/**
 * The semantic stage of an index: the model's vectors (cached by content hash), which
 * texts of an entry get one, and when they are computed.
 *
 * @param vectors the model and its cache
 * @param texts the texts embedded per entry
 * @param backgroundThreads 0: an import or edit returns once its vectors exist; more: it
 * returns once its words are searchable, and this many threads compute the vectors after
 * ({@link VectorCompletion}), the entries ranked by words until theirs exist
 */
public record SemanticIndexing(DocumentVectors vectors, EmbeddedTexts texts, int backgroundThreads) {

	/** Rejects a negative number of threads. */
	public SemanticIndexing {
		if (backgroundThreads < 0) {
			throw new IllegalArgumentException("the number of background threads must not be negative");
		}
	}

	/**
	 * @param vectors the model and its cache
	 * @return the semantic stage as measured (docs/benchmarks.md), vectors computed at
	 * import
	 */
	public static SemanticIndexing standard(DocumentVectors vectors) {
		return new SemanticIndexing(vectors, EmbeddedTexts.STANDARD, 0);
	}

	/**
	 * The semantic stage as measured, its vectors computed after an import: words are
	 * searchable at once, meaning follows (docs/benchmarks.md).
	 * @param vectors the model and its cache
	 * @param threads how many threads embed, at least one
	 * @return the semantic stage
	 */
	public static SemanticIndexing inBackground(DocumentVectors vectors, int threads) {
		return new SemanticIndexing(vectors, EmbeddedTexts.STANDARD, Math.max(1, threads));
	}

	/**
	 * For the evaluation command line: a different share of the answer embedded with the
	 * question.
	 * @param vectors the model and its cache
	 * @param answerCharacters characters of the answer's body embedded with the question
	 * @return the semantic stage
	 */
	public static SemanticIndexing withAnswerCharacters(DocumentVectors vectors, int answerCharacters) {
		return withAnswerTexts(vectors, answerCharacters, 0);
	}

	/**
	 * For the evaluation command line: the share of the answer embedded with the
	 * question, and the answer's first sentence embedded alone as one more vector.
	 * @param vectors the model and its cache
	 * @param answerCharacters characters of the answer's body embedded with the question;
	 * negative for the standard share
	 * @param answerSentenceCharacters at most this many characters of the answer's first
	 * sentence as a text of its own; 0 for none
	 * @return the semantic stage
	 */
	public static SemanticIndexing withAnswerTexts(DocumentVectors vectors, int answerCharacters,
			int answerSentenceCharacters) {
		int characters = answerCharacters < 0 ? EmbeddedTexts.STANDARD.answerCharacters() : answerCharacters;
		return new SemanticIndexing(vectors, new EmbeddedTexts(characters, answerSentenceCharacters), 0);
	}
}
