package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * A confidence comparable across questions, unlike BM25 scores: the share of the question's informative words
 * (weighted by inverse document frequency) that a candidate's question or alternatives also contain.
 */
final class AnswerConfidence {

    private final FaqAnalysis analysis;

    AnswerConfidence(FaqAnalysis analysis) {
        this.analysis = analysis;
    }

    Scorer forQuestion(String question, SearchLanguage language, IndexSearcher searcher) throws IOException {
        String text = question.length() > FaqQueries.MAX_QUESTION_LENGTH
                ? question.substring(0, FaqQueries.MAX_QUESTION_LENGTH) : question;
        Analyzer analyzer = analyzer(language);
        String field = language == SearchLanguage.ENGLISH ? FaqFields.EN_QUESTION : FaqFields.QUESTION;
        var weights = new HashMap<String, Double>();
        int documents = Math.max(1, searcher.getIndexReader().numDocs());
        for (String term : terms(analyzer, field, text)) {
            int df = searcher.getIndexReader().docFreq(new Term(field, term));
            weights.put(term, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
        }
        return new Scorer(analyzer, field, weights);
    }

    private Analyzer analyzer(SearchLanguage language) {
        return language == SearchLanguage.ENGLISH ? analysis.english() : analysis.japaneseWords();
    }

    static Set<String> terms(Analyzer analyzer, String field, String text) {
        var terms = new HashSet<String>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Scores candidates against one question. */
    static final class Scorer {

        private final Analyzer analyzer;
        private final String field;
        private final Map<String, Double> weights;
        private final double total;

        Scorer(Analyzer analyzer, String field, Map<String, Double> weights) {
            this.analyzer = analyzer;
            this.field = field;
            this.weights = weights;
            this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double confidence(FaqEntry entry) {
            if (total <= 0) {
                return 0;
            }
            var candidateTerms = new HashSet<String>(terms(analyzer, field, entry.question()));
            for (String alternative : entry.alternatives()) {
                candidateTerms.addAll(terms(analyzer, field, alternative));
            }
            double covered = 0;
            for (var weight : weights.entrySet()) {
                if (candidateTerms.contains(weight.getKey())) {
                    covered += weight.getValue();
                }
            }
            return covered / total;
        }
    }
}
