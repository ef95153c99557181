package io.tsutawaru.kb.search;

/**
 * How much a match in each field counts. Measured on the LocalgovFAQ development split
 * (docs/benchmarks.md): the question and answer read as one text carry the most evidence,
 * because residents describe their situation with words the answer uses; matches in the
 * question's own words and readings then count extra, and character bigrams and
 * related-entry titles only catch what words miss.
 */
record FieldWeights(float text, float question, float questionReading, float questionBigrams, float related,
		float questionReadingBigrams) {

	/**
	 * The reading pairs' 0.02 was chosen on the tune half (0, 0.02, 0.05, 0.1, 0.2: more
	 * lowers a kanji question's ranking); a question written in kana weighs them as the
	 * whole-entry text instead (see FaqQueries).
	 */
	static final FieldWeights STANDARD = new FieldWeights(1.0f, 0.1f, 0.3f, 0.05f, 0.1f, 0.02f);

}
