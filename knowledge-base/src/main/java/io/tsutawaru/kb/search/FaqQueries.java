package io.tsutawaru.kb.search;

import io.tsutawaru.kb.analysis.FaqAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a resident's question into a Lucene query: the analysed words are OR-ed over every field, each field
 * weighted by how strongly a match there speaks for the entry. The text never goes through a query parser, so
 * {@code *:*}, quotes and backslashes are just characters.
 */
final class FaqQueries {

    /** Residents type a sentence or two; anything longer is pasted text whose tail adds nothing but cost. */
    static final int MAX_QUESTION_LENGTH = 200;

    private final FaqAnalysis analysis;
    private final FieldWeights weights;

    FaqQueries(FaqAnalysis analysis, FieldWeights weights) {
        this.analysis = analysis;
        this.weights = weights;
    }

    /**
     * @return the query, or {@code null} when the question has no word to search for (only punctuation, emoji or
     *         stop words): the language filter alone would match every entry
     */
    Query build(String question, SearchLanguage language) {
        String text = question.length() > MAX_QUESTION_LENGTH ? question.substring(0, MAX_QUESTION_LENGTH) : question;
        var query = new BooleanQuery.Builder();
        if (language == SearchLanguage.ENGLISH) {
            add(query, analysis.english(), FaqFields.EN_QUESTION, text, weights.question() + weights.text());
            add(query, analysis.english(), FaqFields.EN_ANSWER, text, weights.text());
        } else {
            // Synonyms widen the word fields only; readings and bigrams stay with what the resident typed.
            String expanded = expand(text);
            add(query, analysis.japaneseStems(), FaqFields.TEXT, expanded, weights.text());
            add(query, analysis.japaneseWords(), FaqFields.QUESTION, expanded, weights.question());
            add(query, analysis.japaneseReadings(), FaqFields.QUESTION_READING, text, weights.questionReading());
            add(query, analysis.characterBigrams(), FaqFields.QUESTION_BIGRAMS, text, weights.questionBigrams());
            add(query, analysis.japaneseWords(), FaqFields.RELATED, expanded, weights.related());
        }
        if (query.build().clauses().isEmpty()) {
            return null;
        }
        // With a filter clause the word clauses would turn optional, and every entry of the language would match.
        query.setMinimumNumberShouldMatch(1);
        query.add(KeywordField.newExactQuery(FaqFields.LANGUAGE, language.code()), BooleanClause.Occur.FILTER);
        return query.build();
    }

    private String expand(String text) {
        var expansions = analysis.synonyms().expansions(text);
        return expansions.isEmpty() ? text : text + "\n" + String.join("\n", expansions);
    }

    private static void add(BooleanQuery.Builder query, Analyzer analyzer, String field, String text, float weight) {
        if (weight <= 0) {
            return;
        }
        Query fieldQuery = new QueryBuilder(analyzer).createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
        if (fieldQuery != null) {
            query.add(new BoostQuery(fieldQuery, weight), BooleanClause.Occur.SHOULD);
        }
    }
}
