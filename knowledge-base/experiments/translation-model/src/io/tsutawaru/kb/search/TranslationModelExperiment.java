package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.semantic.DocumentVectors;
import io.tsutawaru.kb.semantic.EmbeddingModelSettings;
import io.tsutawaru.kb.semantic.EmbeddingModels;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, item 5: does a translation model learned from the corpus's own question/answer pairs (IBM Model 1:
 * which answer words a question's words come with) improve the shipped ranking? The product's top 50 (words and
 * meaning fused) are re-ranked by {@code (1 - g) · fused + g · translation}, both min-max normalised over the 50;
 * the translation score is the query likelihood of Xue, Jeon and Croft (2008): per query word,
 * {@code log((1 - λ)(β P(q|D) + (1 - β) Σ_w t(q|w) P(w|D)) + λ P(q|C))}. g, β chosen on the tune half; the
 * held-out half decides whether it is kept (docs/benchmarks.md).
 */
public final class TranslationModelExperiment {

    private static final int POOL = 50;
    private static final double LAMBDA = 0.2;
    private static final String NULL = "\u0000";

    public static void main(String[] args) throws Exception {
        var json = JsonMapper.builder().build();
        List<FaqEntry> corpus = LocalgovFaqFormat.read(Path.of(args[0]));
        Map<String, String> queries = json.readValue(Files.readString(Path.of(args[1])), new TypeReference<LinkedHashMap<String, String>>() { });
        Map<String, Map<String, Integer>> grades = json.readValue(Files.readString(Path.of(args[2])), new TypeReference<>() { });
        queries.keySet().retainAll(grades.keySet());
        var analysis = FaqAnalysis.standard();
        Analyzer words = analysis.japaneseStems();

        // The pairs: a question's words, and its answer's words (plus NULL, which "translates" to any word).
        var documents = new HashMap<String, List<String>>();
        var translations = new HashMap<String, Map<String, Double>>(); // t(q | w)
        var pairs = new ArrayList<List<List<String>>>();
        var collection = new HashMap<String, Double>();
        double collectionSize = 0;
        for (FaqEntry entry : corpus) {
            var question = terms(words, entry.question());
            var answer = terms(words, AnswerText.of(entry.answer()).body());
            var document = new ArrayList<>(question);
            document.addAll(answer);
            documents.put(entry.id(), document);
            for (String word : document) {
                collection.merge(word, 1.0, Double::sum);
                collectionSize++;
            }
            var source = new ArrayList<>(answer);
            source.add(NULL);
            pairs.add(List.of(question, source));
        }
        train(pairs, translations, 5);

        var model = EmbeddingModels.load(EmbeddingModelSettings.PACKAGED).orElseThrow();
        var vectors = DocumentVectors.of(model);
        vectors.readFrom(Path.of(args[3]));
        try (var index = FaqIndex.inMemory(analysis, SemanticIndexing.standard(vectors))) {
            index.rebuild(corpus, "experiment");
            Files.createDirectories(Path.of(args[3]).getParent());
            vectors.writeTo(Path.of(args[3]));
            var ranking = new FaqRanking(new FaqQueries(analysis, FieldWeights.STANDARD), index.entries(), model,
                    RankFusion.STANDARD);
            var pools = new LinkedHashMap<String, List<FaqRanking.Ranked>>();
            for (var query : queries.entrySet()) {
                var analysed = AnalysedQuestion.of(query.getValue(), SearchLanguage.JAPANESE, analysis);
                pools.put(query.getKey(), index.withSearcher(searcher -> ranking.rank(searcher, analysed, POOL)));
            }
            double total = collectionSize;
            for (double beta : new double[] {0.0, 0.5, 0.8}) {
                for (double g : new double[] {0.0, 0.05, 0.1, 0.2, 0.3, 0.5}) {
                    var line = new StringBuilder(String.format(Locale.ROOT, "beta %.1f g %.2f", beta, g));
                    for (int part = 0; part < 2; part++) {
                        double ndcg = 0;
                        double p1 = 0;
                        int n = 0;
                        int position = 0;
                        for (var query : queries.entrySet()) {
                            if (position++ % 2 != part) {
                                continue;
                            }
                            var q = terms(words, query.getValue());
                            var ranked = rerank(pools.get(query.getKey()), q, documents, translations, collection, total, beta, g);
                            var grade = grades.get(query.getKey());
                            ndcg += ndcg(ranked, grade);
                            p1 += !ranked.isEmpty() && grade.getOrDefault(ranked.getFirst(), 0) > 0 ? 1 : 0;
                            n++;
                        }
                        line.append(String.format(Locale.ROOT, "  %s ndcg@10 %.4f p@1 %.4f", part == 0 ? "tune" : "held-out",
                                ndcg / n, p1 / n));
                    }
                    System.out.println(line);
                }
            }
        }
    }

    private static List<String> rerank(List<FaqRanking.Ranked> pool, List<String> query, Map<String, List<String>> documents,
                                       Map<String, Map<String, Double>> translations, Map<String, Double> collection,
                                       double total, double beta, double g) {
        var scores = new LinkedHashMap<String, double[]>();
        double maxFused = pool.isEmpty() ? 1 : Math.max(1e-9, pool.getFirst().score());
        for (var hit : pool) {
            var document = documents.get(hit.indexed().entry().id());
            var counts = new HashMap<String, Double>();
            document.forEach(word -> counts.merge(word, 1.0, Double::sum));
            double likelihood = 0;
            for (String q : query) {
                double direct = counts.getOrDefault(q, 0.0) / Math.max(1, document.size());
                double translated = 0;
                for (var word : counts.entrySet()) {
                    translated += translations.getOrDefault(word.getKey(), Map.of()).getOrDefault(q, 0.0)
                            * word.getValue() / document.size();
                }
                double background = (collection.getOrDefault(q, 0.0) + 0.5) / (total + 1);
                likelihood += Math.log((1 - LAMBDA) * (beta * direct + (1 - beta) * translated) + LAMBDA * background);
            }
            scores.put(hit.indexed().entry().id(), new double[] {hit.score() / maxFused, likelihood});
        }
        double low = scores.values().stream().mapToDouble(s -> s[1]).min().orElse(0);
        double high = scores.values().stream().mapToDouble(s -> s[1]).max().orElse(1);
        return scores.entrySet().stream()
                .sorted((a, b) -> Double.compare(combined(b.getValue(), low, high, g), combined(a.getValue(), low, high, g)))
                .limit(10).map(Map.Entry::getKey).toList();
    }

    private static double combined(double[] score, double low, double high, double g) {
        double translation = high > low ? (score[1] - low) / (high - low) : 0;
        return (1 - g) * score[0] + g * translation;
    }

    /** IBM Model 1, t(q | w): the expected share of question word q aligned to answer word w, by EM. */
    private static void train(List<List<List<String>>> pairs, Map<String, Map<String, Double>> t, int iterations) {
        for (var pair : pairs) {
            for (String w : pair.get(1)) {
                for (String q : pair.get(0)) {
                    t.computeIfAbsent(w, any -> new HashMap<>()).put(q, 1.0);
                }
            }
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            var counts = new HashMap<String, Map<String, Double>>();
            var totals = new HashMap<String, Double>();
            for (var pair : pairs) {
                for (String q : pair.get(0)) {
                    double norm = 0;
                    for (String w : pair.get(1)) {
                        norm += t.get(w).get(q);
                    }
                    for (String w : pair.get(1)) {
                        double share = t.get(w).get(q) / norm;
                        counts.computeIfAbsent(w, any -> new HashMap<>()).merge(q, share, Double::sum);
                        totals.merge(w, share, Double::sum);
                    }
                }
            }
            for (var w : counts.entrySet()) {
                double sum = totals.get(w.getKey());
                w.getValue().replaceAll((q, count) -> count / sum);
                t.put(w.getKey(), w.getValue());
            }
        }
    }

    private static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < ranked.size(); i++) {
            dcg += grades.getOrDefault(ranked.get(i), 0) / (Math.log(i + 2) / Math.log(2));
        }
        var ideal = grades.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double best = 0;
        for (int i = 0; i < ideal.size(); i++) {
            best += ideal.get(i) / (Math.log(i + 2) / Math.log(2));
        }
        return best == 0 ? 0 : dcg / best;
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(FaqFields.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
