package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.AnalysisVariants;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.semantic.DocumentVectors;
import io.tsutawaru.kb.semantic.EmbeddingModelSettings;
import io.tsutawaru.kb.semantic.EmbeddingModels;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, third round: writes what the ranking is made of, so that fusion variants can be measured in a few
 * seconds each (rank.py): per question and per field, every entry's BM25 score in that field alone (the shipped
 * query sums the fields' clauses, weighted), with and without synonyms and with Kuromoji's stop words only; every
 * entry's breadth and question words (terms.json, with each question's words); and the model's vectors of the
 * questions (plain and with the model card's retrieval instruction) and of several texts of each entry.
 */
public final class RankingFeatureDump {

    static final String INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    static final String[] FIELDS = {"text", "question", "reading", "bigrams", "related", "readingBigrams"};

    public static void main(String[] args) throws Exception {
        var json = JsonMapper.builder().build();
        List<FaqEntry> corpus = LocalgovFaqFormat.read(Path.of(args[0]));
        Map<String, String> queries = json.readValue(Files.readString(Path.of(args[1])),
                new TypeReference<LinkedHashMap<String, String>>() { });
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        var model = EmbeddingModels.load(EmbeddingModelSettings.PACKAGED).orElseThrow();
        var vectors = DocumentVectors.of(model);
        Path cache = Path.of(args[2]);
        if (Files.exists(cache)) {
            vectors.readFrom(cache);
        }
        var shipped = FaqAnalysis.standard();
        var result = new LinkedHashMap<String, Object>();
        result.put("entries", corpus.stream().map(FaqEntry::id).toList());
        var variants = new LinkedHashMap<String, Object>();
        var kuromoji = AnalysisVariants.kuromojiStopWords(shipped);
        try (var other = FaqIndex.inMemory(kuromoji)) {
            other.rebuild(corpus, "features");
            variants.put("kuromojistop", fields(other, queries, kuromoji));
        }
        var index = FaqIndex.inMemory(shipped, SemanticIndexing.standard(vectors));
        index.rebuild(corpus, "features");
        var breadth = new LinkedHashMap<String, Integer>();
        var entryWords = new LinkedHashMap<String, Object>();
        index.withSearcher(searcher -> {
            for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                var indexed = index.entries().get(searcher, doc);
                breadth.put(indexed.entry().id(), indexed.breadth());
                entryWords.put(indexed.entry().id(), indexed.questionTerms());
            }
            return null;
        });
        result.put("breadth", breadth);
        writeWords(out.resolve("terms.json"), entryWords, queries, shipped);
        variants.put("shipped", fields(index, queries, shipped));
        variants.put("nosyn", fields(index, queries, AnalysisVariants.withoutSynonyms(shipped)));
        result.put("lexical", variants);
        // Each line of the synonym list left out in turn: the questions whose expansion changes, searched again.
        var ablation = new LinkedHashMap<String, Object>();
        var lines = AnalysisVariants.synonymLines();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var without = AnalysisVariants.withoutSynonymLine(shipped, number);
            var changed = new LinkedHashMap<String, String>();
            for (var question : queries.entrySet()) {
                if (!without.synonyms().expansions(question.getValue()).equals(shipped.synonyms().expansions(question.getValue()))) {
                    changed.put(question.getKey(), question.getValue());
                }
            }
            if (!changed.isEmpty()) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("line", line);
                entry.put("queries", fields(index, changed, without));
                ablation.put(String.valueOf(number), entry);
            }
        }
        result.put("synonymAblation", ablation);
        json.writeValue(out.resolve("features.json").toFile(), result);

        // Vectors: one row per entry (the corpus has no alternatives), one per question.
        var texts = new LinkedHashMap<String, List<String>>();
        texts.put("shipped", corpus.stream().map(e -> EmbeddedTexts.STANDARD.of(e, List.of()).getFirst()).toList());
        texts.put("question", corpus.stream().map(FaqEntry::question).toList());
        for (int n : new int[] {60, 120, 250}) {
            texts.put("answer" + n, corpus.stream().map(e -> head(AnswerText.of(e.answer()).body(), n)).toList());
        }
        for (var variant : texts.entrySet()) {
            write(out.resolve("entries-" + variant.getKey() + ".f32"), vectors.vectors(variant.getValue()));
        }
        var asked = new ArrayList<>(queries.values());
        write(out.resolve("queries-plain.f32"), asked.stream().map(model::embedQuery).toList());
        write(out.resolve("queries-instructed.f32"), asked.stream().map(q -> model.embedQuery(INSTRUCTION + q)).toList());
        vectors.writeTo(cache);
    }

    private static Map<String, Object> fields(FaqIndex index, Map<String, String> queries, FaqAnalysis questionAnalysis)
            throws IOException {
        var perQuery = new LinkedHashMap<String, Object>();
        for (var question : queries.entrySet()) {
            var analysed = AnalysedQuestion.of(question.getValue(), SearchLanguage.JAPANESE, questionAnalysis);
            var scores = new LinkedHashMap<String, Object>();
            scores.put("kana", analysed.kanaWritten());
            for (int field = 0; field < FIELDS.length; field++) {
                float[] w = new float[6];
                w[field] = 1;
                if (field == 5 && analysed.kanaWritten()) {
                    continue; // weighed as the reading field; no kana question in the dev split
                }
                Query query = new FaqQueries(questionAnalysis, new FieldWeights(w[0], w[1], w[2], w[3], w[4], w[5]))
                        .build(analysed);
                var hits = new LinkedHashMap<String, Float>();
                if (query != null) {
                    index.withSearcher(searcher -> {
                        for (ScoreDoc hit : searcher.search(query, 5000).scoreDocs) {
                            hits.put(index.entries().get(searcher, hit.doc).entry().id(), hit.score);
                        }
                        return null;
                    });
                }
                scores.put(FIELDS[field], hits);
            }
            perQuery.put(question.getKey(), scores);
        }
        return perQuery;
    }

    /**
     * Fourth round: each entry's question words (as the index keeps them for the answer confidence) and each
     * question's words, typed and with synonym expansions, for the coverage factor in rank.py (QuestionCoverage).
     */
    private static void writeWords(Path file, Map<String, Object> entryWords, Map<String, String> queries,
            FaqAnalysis analysis) {
        var asked = new LinkedHashMap<String, Object>();
        for (var question : queries.entrySet()) {
            var analysed = AnalysedQuestion.of(question.getValue(), SearchLanguage.JAPANESE, analysis);
            asked.put(question.getKey(), Map.of("own", analysed.ownWords(), "expanded", analysed.words().terms()));
        }
        JsonMapper.builder().build().writeValue(file.toFile(), Map.of("entries", entryWords, "queries", asked));
    }

    private static String head(String text, int n) {
        return text.length() <= n ? text : text.substring(0, n);
    }

    static void write(Path file, List<float[]> rows) throws IOException {
        try (var out = new DataOutputStream(Files.newOutputStream(file))) {
            for (float[] row : rows) {
                var bytes = ByteBuffer.allocate(row.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float v : row) {
                    bytes.putFloat(v);
                }
                out.write(bytes.array());
            }
        }
    }

}
