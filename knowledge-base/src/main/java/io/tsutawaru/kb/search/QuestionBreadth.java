package io.tsutawaru.kb.search;

/**
 * How broad an entry is, read from its question: 「ゴミの出し方について教えて」 answers far more
 * residents' questions than 「事務所やお店から出たごみはどうやって処理すればいいの？」, yet BM25 prefers the long
 * question, which shares more words with a long resident question by chance. Each hit's
 * score is multiplied by {@code (1 + distinct question words)^-0.2}: a question of 3
 * words keeps 76 %, one of 12 words 60 %. The exponent was chosen on the tune half of the
 * LocalgovFAQ development split with the synonyms of {@code kb/synonyms-ja.txt} (0.2–0.4
 * are within 0.006 ndcg@10 of each other there) and checked on the held-out half
 * (docs/benchmarks.md).
 */
final class QuestionBreadth {

	static final double EXPONENT = 0.2;

	private QuestionBreadth() {
	}

	/**
	 * @param questionWords the distinct words of the entry's question and alternatives
	 * @return the factor its BM25 score is multiplied by, in (0, 1]
	 */
	static float weight(int questionWords) {
		return (float) Math.pow(1 + Math.max(0, questionWords), -EXPONENT);
	}

}
