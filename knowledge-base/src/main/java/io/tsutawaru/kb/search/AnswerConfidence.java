package io.tsutawaru.kb.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * A confidence comparable across questions, unlike BM25 scores: the share of the
 * question's informative words (weighted by inverse document frequency) that a
 * candidate's question or alternatives also contain, a word or one of its synonyms (a
 * resident's うるさい is covered by a question about 騒音). The candidates' words were stored
 * when they were indexed, so nothing is analysed here.
 */
final class AnswerConfidence {

	private AnswerConfidence() {
	}

	static Scorer forQuestion(AnalysedQuestion question, IndexReader reader) throws IOException {
		String field = question.language() == SearchLanguage.ENGLISH ? FaqFields.EN_QUESTION : FaqFields.QUESTION;
		var weights = new HashMap<String, Double>();
		int documents = Math.max(1, reader.numDocs());
		for (String term : question.ownWords()) {
			int df = reader.docFreq(new Term(field, term));
			weights.put(term, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
		}
		return new Scorer(weights, question.alternatives());
	}

	/**
	 * The confidence for a question written in kana: the share of the distinct character
	 * pairs of its reading that the reading of a candidate's question (or of one
	 * alternative) also holds.
	 * @param questionReading the question's reading, hiragana
	 * @param candidateReadings the readings of the candidate's question and alternatives
	 * @return from 0 to 1
	 */
	static double readingCoverage(String questionReading, java.util.List<String> candidateReadings) {
		Set<String> pairs = pairs(questionReading);
		double best = 0;
		for (String reading : candidateReadings) {
			Set<String> theirs = pairs(reading);
			long shared = pairs.stream().filter(theirs::contains).count();
			best = Math.max(best, pairs.isEmpty() ? 0 : (double) shared / pairs.size());
		}
		return best;
	}

	private static Set<String> pairs(String reading) {
		var pairs = new java.util.HashSet<String>();
		for (int i = 0; i + 2 <= reading.length(); i++) {
			pairs.add(reading.substring(i, i + 2));
		}
		return pairs;
	}

	/** Scores candidates against one question. */
	static final class Scorer {

		private final Map<String, Double> weights;

		private final Map<String, Set<String>> alternatives;

		private final double total;

		/**
		 * @param weights the question's own words and their weights
		 * @param alternatives words that cover one of them as well as the word itself
		 * (its synonyms)
		 */
		Scorer(Map<String, Double> weights, Map<String, Set<String>> alternatives) {
			this.weights = weights;
			this.alternatives = alternatives;
			this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		}

		/**
		 * @param candidateWords the words of a candidate's question and alternatives, as
		 * the question field has them
		 */
		double confidence(Set<String> candidateWords) {
			if (total <= 0) {
				return 0;
			}
			double covered = 0;
			for (var weight : weights.entrySet()) {
				if (covers(candidateWords, weight.getKey())) {
					covered += weight.getValue();
				}
			}
			return covered / total;
		}

		private boolean covers(Set<String> candidateWords, String word) {
			return candidateWords.contains(word)
					|| alternatives.getOrDefault(word, Set.of()).stream().anyMatch(candidateWords::contains);
		}

	}

}
