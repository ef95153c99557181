package io.tsutawaru.kb.search;

import io.tsutawaru.kb.semantic.DocumentVectors;

/**
 * The semantic stage of an index: the model's vectors (cached by content hash) and which
 * texts of an entry get one.
 *
 * @param vectors the model and its cache
 * @param texts the texts embedded per entry
 */
public record SemanticIndexing(DocumentVectors vectors, EmbeddedTexts texts) {

	/**
	 * @param vectors the model and its cache
	 * @return the semantic stage as measured (docs/benchmarks.md)
	 */
	public static SemanticIndexing standard(DocumentVectors vectors) {
		return new SemanticIndexing(vectors, EmbeddedTexts.STANDARD);
	}

	/**
	 * For the evaluation command line: a different share of the answer embedded with the
	 * question.
	 * @param vectors the model and its cache
	 * @param answerCharacters characters of the answer's body embedded with the question
	 * @return the semantic stage
	 */
	public static SemanticIndexing withAnswerCharacters(DocumentVectors vectors, int answerCharacters) {
		return new SemanticIndexing(vectors, new EmbeddedTexts(answerCharacters));
	}
}
