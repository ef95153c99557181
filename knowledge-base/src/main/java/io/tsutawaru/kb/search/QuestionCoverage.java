package io.tsutawaru.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How much of what an entry's question asks about the resident asked about. Among entries
 * the words find about equally, the one whose question holds a word the resident never
 * wrote is the likelier wrong one: 「児童扶養手当の振込日」 for a question about 児童手当, 「住民票の除票とは」 for
 * one about 住民票. Each hit's score is multiplied by {@code ((0.05 + share) / 1.05)^0.05},
 * the share being the part of a question's words, each weighed by its IDF among the
 * entries' questions, that the resident's question (with its synonym expansions) holds,
 * for the entry's question, alternative or learned phrasing that the resident's question
 * covers best (each is one way of asking: more of them must not make an entry look less
 * asked for): a phrasing whose words were all asked keeps 100 %, none of them 86 %. A
 * gentle factor, a tie-breaker among near-equal scores: the entries' questions carry
 * headings and qualifiers residents never type (【国保】), so a strong one punishes the right
 * entries too. Chosen on the tune half of the LocalgovFAQ development split and checked
 * on held-out (docs/benchmarks.md, issue 16, fourth round).
 */
final class QuestionCoverage {

	static final double EXPONENT = 0.05;

	private static final double FLOOR = 0.05;

	private final IndexReader reader;

	private final double entries;

	private final Map<String, Double> idf = new HashMap<>();

	/**
	 * @param reader the index searched; IDF is read from its question field, once per
	 * word and search
	 */
	QuestionCoverage(IndexReader reader) {
		this.reader = reader;
		try {
			this.entries = Math.max(1, reader.getDocCount(FaqFields.QUESTION));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @param phrasings the words of each of the entry's questions
	 * @param asked the words of the resident's question and its synonym expansions
	 * @return the factor the entry's BM25 score is multiplied by, in (0, 1]
	 */
	float weight(List<Set<String>> phrasings, Set<String> asked) {
		double best = phrasings.isEmpty() ? 1 : 0;
		for (Set<String> phrasing : phrasings) {
			best = Math.max(best, share(phrasing, asked));
		}
		return (float) Math.pow((FLOOR + best) / (FLOOR + 1), EXPONENT);
	}

	private double share(Set<String> phrasing, Set<String> asked) {
		double total = 0;
		double covered = 0;
		for (String word : phrasing) {
			double weight = idf(word);
			total += weight;
			if (asked.contains(word)) {
				covered += weight;
			}
		}
		return total > 0 ? covered / total : 1;
	}

	private double idf(String word) {
		return idf.computeIfAbsent(word, w -> {
			try {
				return Math.log(1 + entries / Math.max(1, reader.docFreq(new Term(FaqFields.QUESTION, w))));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

}
