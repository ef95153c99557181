package io.tsutawaru.kb.search;

import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a resident's question into a Lucene query: the analysed words are OR-ed over
 * every field, each field weighted by how strongly a match there speaks for the entry.
 * The text never goes through a query parser, so {@code *:*}, quotes and backslashes are
 * just characters.
 */
final class FaqQueries {

	private final FaqAnalysis analysis;

	private final FieldWeights weights;

	private final TokenQueries tokenQueries;

	FaqQueries(FaqAnalysis analysis, FieldWeights weights) {
		this.analysis = analysis;
		this.weights = weights;
		this.tokenQueries = new TokenQueries(analysis.characterBigrams());
	}

	/**
	 * @return the query, or {@code null} when the question has no word to search for
	 * (only punctuation, emoji or stop words): the language filter alone would match
	 * every entry
	 */
	Query build(AnalysedQuestion question) {
		var query = new BooleanQuery.Builder();
		if (question.language() == SearchLanguage.ENGLISH) {
			add(query, FaqFields.EN_QUESTION, question.words().stream(), weights.question() + weights.text());
			add(query, FaqFields.EN_ANSWER, question.words().stream(), weights.text());
		}
		else {
			// Synonyms widen the word fields only; readings and bigrams stay with what
			// the resident typed.
			add(query, FaqFields.TEXT, question.words().kanjiStems().stream(), weights.text());
			add(query, FaqFields.QUESTION, question.words().stream(), weights.question());
			add(query, FaqFields.QUESTION_READING, question.readings().stream(), weights.questionReading());
			add(query, FaqFields.QUESTION_BIGRAMS,
					analysis.characterBigrams().tokenStream(FaqFields.QUESTION_BIGRAMS, question.text()),
					weights.questionBigrams());
			add(query, FaqFields.RELATED, question.words().stream(), weights.related());
			// A question in kana has no kanji for Kuromoji to cut it into the FAQ's
			// words: its reading is the
			// evidence, weighed as the reading field is (0.3; 0.1-0.3 leave the tune half
			// as it was, 0.5-1.0
			// lower it: docs/benchmarks.md).
			add(query, FaqFields.QUESTION_READING_BIGRAMS,
					analysis.characterBigrams().tokenStream(FaqFields.QUESTION_READING_BIGRAMS, question.reading()),
					question.kanaWritten() ? weights.questionReading() : weights.questionReadingBigrams());
		}
		if (query.build().clauses().isEmpty()) {
			return null;
		}
		// With a filter clause the word clauses would turn optional, and every entry of
		// the language would match.
		query.setMinimumNumberShouldMatch(1);
		query.add(KeywordField.newExactQuery(FaqFields.LANGUAGE, question.language().code()),
				BooleanClause.Occur.FILTER);
		return query.build();
	}

	private void add(BooleanQuery.Builder query, String field, TokenStream tokens, float weight) {
		// Closed in every case: an analyzer's stream left open would break the thread's
		// next analysis.
		try (tokens) {
			if (weight <= 0) {
				return;
			}
			Query fieldQuery = tokenQueries.anyOf(field, tokens);
			if (fieldQuery instanceof BooleanQuery words && isPlainDisjunction(words)) {
				// Each word a clause of its own, weighted as its field: the same matches
				// and sums, but Lucene can
				// now skip entries whose best possible score cannot reach the top ten,
				// word by word.
				for (BooleanClause word : words) {
					query.add(new BoostQuery(word.query(), weight), BooleanClause.Occur.SHOULD);
				}
			}
			else if (fieldQuery != null) {
				query.add(new BoostQuery(fieldQuery, weight), BooleanClause.Occur.SHOULD);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isPlainDisjunction(BooleanQuery query) {
		return query.getMinimumNumberShouldMatch() == 0
				&& query.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD);
	}

	/**
	 * Lucene's query building from tokens analysed beforehand, as it builds them from
	 * text.
	 */
	private static final class TokenQueries extends QueryBuilder {

		TokenQueries(Analyzer unused) {
			super(unused);
		}

		Query anyOf(String field, TokenStream tokens) {
			return createFieldQuery(tokens, BooleanClause.Occur.SHOULD, field, false, 0);
		}

	}

}
