package io.tsutawaru.kb.search;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 3's experiment: does fusing the shipped BM25 ranking with a sentence-embedding model from Maven Central
 * (bge-small-zh-v1.5, quantised, through ONNX Runtime) find better FAQ entries, and at what cost?
 *
 * <p>It lives in the search package only to reach {@link FaqRanking}'s scores (the product ranks with them); it is
 * compiled against kb.jar by {@code run.sh}, never by the build, so the model is no dependency of the product.
 * Every fusion setting is chosen on the {@code tune} half (1st, 3rd, … query) and reported on the
 * {@code held-out} half (2nd, 4th, …) and the whole split, as in docs/benchmarks.md.
 */
public final class EmbeddingFusionExperiment {

    private static final int POOL = 100;
    private static final int DEPTH = 10;

    private final Map<String, List<Scored>> lexical = new LinkedHashMap<>();
    private final Map<String, float[]> queryVectors = new HashMap<>();
    private final Map<String, Map<String, Integer>> grades;
    private final List<String> queryIds;
    private final List<String> entryIds;

    private EmbeddingFusionExperiment(List<String> queryIds, List<String> entryIds,
                                      Map<String, Map<String, Integer>> grades) {
        this.queryIds = queryIds;
        this.entryIds = entryIds;
        this.grades = grades;
    }

    public static void main(String[] args) throws Exception {
        Path corpusFile = Path.of(args[0]);
        Path cacheDir = Path.of(args[3]);
        Files.createDirectories(cacheDir);
        var json = JsonMapper.builder().build();
        Map<String, String> queries = json.readValue(Files.readString(Path.of(args[1])), new TypeReference<>() { });
        Map<String, Map<String, Integer>> grades = json.readValue(Files.readString(Path.of(args[2])),
                new TypeReference<>() { });
        queries.keySet().retainAll(grades.keySet());
        List<FaqEntry> corpus = LocalgovFaqFormat.read(corpusFile);
        var experiment = new EmbeddingFusionExperiment(List.copyOf(queries.keySet()),
                corpus.stream().map(FaqEntry::id).toList(), grades);

        try (var index = FaqIndex.inMemory(FaqAnalysis.standard())) {
            index.rebuild(corpus, "experiment");
            var ranking = new FaqRanking(new FaqQueries(index.analysis(), FieldWeights.STANDARD));
            index.withSearcher(searcher -> {
                for (var query : queries.entrySet()) {
                    var analysed = AnalysedQuestion.of(query.getValue(), SearchLanguage.JAPANESE, index.analysis());
                    var hits = new ArrayList<Scored>();
                    for (var hit : ranking.rank(searcher, analysed, POOL)) {
                        hits.add(new Scored(index.entries().get(searcher, hit.doc()).entry().id(), hit.score()));
                    }
                    experiment.lexical.put(query.getKey(), hits);
                }
                return null;
            });
        }

        long rssBefore = residentKilobytes();
        var model = new BgeSmallZhV15QuantizedEmbeddingModel();
        model.embed("準備");
        System.out.printf(Locale.ROOT, "model loaded: resident memory +%d MB%n", (residentKilobytes() - rssBefore) / 1024);
        var cache = new VectorCache(cacheDir.resolve("vectors.bin"), model);

        experiment.report("BM25 (shipped ranking)", experiment::lexicalRanking);
        for (boolean folded : new boolean[] {false, true}) {
            Function<String, String> prepare = folded ? EmbeddingFusionExperiment::foldVoicing : text -> text;
            String fold = folded ? "voicing marks folded" : "text as is";
            experiment.queryVectors.clear();
            for (var query : queries.entrySet()) {
                experiment.queryVectors.put(query.getKey(), cache.vector(prepare.apply(query.getValue())));
            }
            Map<String, Function<FaqEntry, String>> documentTexts = new LinkedHashMap<>();
            documentTexts.put("question", FaqEntry::question);
            documentTexts.put("question + answer[:100]", entry -> entry.question() + "\n" + head(entry.answer(), 100));
            if (folded) {
                documentTexts.put("question + answer[:200]", entry -> entry.question() + "\n" + head(entry.answer(), 200));
            }
            for (var documentText : documentTexts.entrySet()) {
                long start = System.nanoTime();
                int embedded = cache.misses();
                float[][] documents = new float[corpus.size()][];
                for (int i = 0; i < corpus.size(); i++) {
                    documents[i] = cache.vector(prepare.apply(documentText.getValue().apply(corpus.get(i))));
                }
                int fresh = cache.misses() - embedded;
                if (fresh > 0) {
                    System.out.printf(Locale.ROOT, "embedded %d documents (%s, %s) in %.1f s: %.1f ms each%n", fresh,
                            documentText.getKey(), fold, (System.nanoTime() - start) / 1e9,
                            (System.nanoTime() - start) / 1e6 / fresh);
                }
                String label = documentText.getKey() + ", " + fold;
                experiment.report("dense only: " + label, query -> experiment.denseRanking(query, documents, DEPTH));
                experiment.tuneAndReport("linear BM25/max + w·cosine (min-max over the pool): " + label,
                        new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7},
                        w -> query -> experiment.linearFusion(query, documents, w));
                experiment.tuneAndReport("reciprocal-rank fusion k=60, dense weight λ: " + label,
                        new double[] {0.3, 0.5, 0.7, 1.0, 1.5},
                        lambda -> query -> experiment.reciprocalRankFusion(query, documents, lambda));
            }
        }
        cache.save();
        measureCosts(model, queries, corpus.size());
    }

    /**
     * The model's vocabulary (Chinese BERT) lacks every voiced kana (が, ど, バ, …), and a kana word with one of
     * them becomes [UNK] as a whole. Dropping the voicing marks (ど → と) keeps those words visible to the model.
     */
    static String foldVoicing(String text) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        return Normalizer.normalize(decomposed.replace("\u3099", "").replace("\u309A", ""), Normalizer.Form.NFC);
    }

    private static String head(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private List<String> lexicalRanking(String query) {
        return lexical.get(query).stream().limit(DEPTH).map(Scored::id).toList();
    }

    private List<String> denseRanking(String query, float[][] documents, int count) {
        float[] q = queryVectors.get(query);
        var scored = new ArrayList<Scored>(documents.length);
        for (int i = 0; i < documents.length; i++) {
            scored.add(new Scored(entryIds.get(i), cosine(q, documents[i])));
        }
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        return scored.subList(0, Math.min(count, scored.size())).stream().map(Scored::id).toList();
    }

    /** BM25 divided by the best BM25 score, plus w times the cosine min-max normalised over the candidate pool. */
    private List<String> linearFusion(String query, float[][] documents, double w) {
        float[] q = queryVectors.get(query);
        var hits = lexical.get(query);
        var bm25 = new HashMap<String, Double>();
        double best = hits.isEmpty() ? 1 : hits.getFirst().score();
        hits.forEach(hit -> bm25.put(hit.id(), hit.score() / best));
        var pool = new HashSet<>(bm25.keySet());
        pool.addAll(denseRanking(query, documents, POOL));
        var cosines = new HashMap<String, Double>();
        var position = positions();
        pool.forEach(id -> cosines.put(id, cosine(q, documents[position.get(id)])));
        double low = cosines.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = cosines.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        var fused = new ArrayList<Scored>();
        for (String id : pool) {
            double dense = high > low ? (cosines.get(id) - low) / (high - low) : 0;
            fused.add(new Scored(id, (1 - w) * bm25.getOrDefault(id, 0.0) + w * dense));
        }
        fused.sort((a, b) -> Double.compare(b.score(), a.score()));
        return fused.stream().limit(DEPTH).map(Scored::id).toList();
    }

    private List<String> reciprocalRankFusion(String query, float[][] documents, double lambda) {
        var fused = new HashMap<String, Double>();
        var hits = lexical.get(query);
        for (int rank = 0; rank < hits.size(); rank++) {
            fused.merge(hits.get(rank).id(), 1.0 / (60 + rank + 1), Double::sum);
        }
        var dense = denseRanking(query, documents, POOL);
        for (int rank = 0; rank < dense.size(); rank++) {
            fused.merge(dense.get(rank), lambda / (60 + rank + 1), Double::sum);
        }
        return fused.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(DEPTH).map(Map.Entry::getKey).toList();
    }

    private Map<String, Integer> positionsCache;

    private Map<String, Integer> positions() {
        if (positionsCache == null) {
            positionsCache = new HashMap<>();
            for (int i = 0; i < entryIds.size(); i++) {
                positionsCache.put(entryIds.get(i), i);
            }
        }
        return positionsCache;
    }

    private void tuneAndReport(String label, double[] settings, Function<Double, Function<String, List<String>>> method) {
        double bestSetting = settings[0];
        double bestTune = -1;
        var curve = new StringBuilder();
        for (double setting : settings) {
            var tune = metrics(part(0), method.apply(setting));
            var heldOut = metrics(part(1), method.apply(setting));
            curve.append(String.format(Locale.ROOT, " %.1f:%.3f/%.3f", setting, tune.ndcg(), heldOut.ndcg()));
            if (tune.ndcg() > bestTune) {
                bestTune = tune.ndcg();
                bestSetting = setting;
            }
        }
        System.out.println("  curve (setting:tune/held-out ndcg@10)" + curve);
        report(String.format(Locale.ROOT, "%s, chosen on tune: %.1f", label, bestSetting), method.apply(bestSetting));
    }

    private void report(String label, Function<String, List<String>> ranking) {
        System.out.println(label);
        System.out.println("  tune     " + metrics(part(0), ranking).json());
        System.out.println("  held-out " + metrics(part(1), ranking).json());
        System.out.println("  all      " + metrics(queryIds, ranking).json());
    }

    private List<String> part(int keep) {
        var part = new ArrayList<String>();
        for (int i = keep; i < queryIds.size(); i += 2) {
            part.add(queryIds.get(i));
        }
        return part;
    }

    private Metrics metrics(List<String> queries, Function<String, List<String>> ranking) {
        var metrics = new Metrics();
        queries.forEach(query -> metrics.add(ranking.apply(query), grades.get(query)));
        return metrics;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** The costs: a query's embedding, an exact cosine scan of 10,000 vectors, the model's memory. */
    private static void measureCosts(BgeSmallZhV15QuantizedEmbeddingModel model, Map<String, String> queries,
                                     int corpusSize) {
        var texts = List.copyOf(queries.values());
        for (int i = 0; i < 200; i++) {
            model.embed(texts.get(i % texts.size()));
        }
        long[] took = new long[texts.size() * 4];
        for (int i = 0; i < took.length; i++) {
            long start = System.nanoTime();
            model.embed(foldVoicing(texts.get(i % texts.size())));
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf(Locale.ROOT, "query embedding (%d embeddings of the dev queries): p50 %.2f ms, p99 %.2f ms%n",
                took.length, took[took.length / 2] / 1e6, took[(int) (took.length * 0.99)] / 1e6);

        var random = new java.util.Random(3);
        float[][] vectors = new float[10_000][512];
        for (float[] vector : vectors) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
            }
        }
        float[] query = vectors[0];
        double sink = 0;
        long[] scans = new long[2_000];
        for (int round = 0; round < 2_500; round++) {
            long start = System.nanoTime();
            for (float[] vector : vectors) {
                sink += org.apache.lucene.util.VectorUtil.dotProduct(query, vector);
            }
            if (round >= 500) {
                scans[round - 500] = System.nanoTime() - start;
            }
        }
        Arrays.sort(scans);
        System.out.printf(Locale.ROOT, "exact dot-product scan of 10,000 × 512 floats: p50 %.2f ms, p99 %.2f ms (%s)%n",
                scans[1000] / 1e6, scans[1980] / 1e6, sink == 0 ? "-" : "ok");
        System.out.printf(Locale.ROOT, "vectors of 10,000 entries: %.1f MB; corpus here: %d entries%n",
                10_000 * 512 * 4 / 1e6, corpusSize);
    }

    private static long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private record Scored(String id, double score) {
    }

    /** Vectors by the SHA-256 of their text, kept on disk so a rerun (or a rebuild) embeds only new texts. */
    private static final class VectorCache {

        private final Path file;
        private final BgeSmallZhV15QuantizedEmbeddingModel model;
        private final Map<String, float[]> vectors = new HashMap<>();
        private int misses;

        VectorCache(Path file, BgeSmallZhV15QuantizedEmbeddingModel model) throws IOException {
            this.file = file;
            this.model = model;
            if (Files.exists(file)) {
                try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                    int count = in.readInt();
                    for (int n = 0; n < count; n++) {
                        String key = in.readUTF();
                        float[] vector = new float[in.readInt()];
                        for (int i = 0; i < vector.length; i++) {
                            vector[i] = in.readFloat();
                        }
                        vectors.put(key, vector);
                    }
                }
            }
        }

        float[] vector(String text) {
            return vectors.computeIfAbsent(hash(text), key -> {
                misses++;
                return model.embed(text).content().vector();
            });
        }

        int misses() {
            return misses;
        }

        void save() throws IOException {
            try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(vectors.size());
                for (var entry : vectors.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (float x : entry.getValue()) {
                        out.writeFloat(x);
                    }
                }
            }
        }

        private static String hash(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** nDCG@10, recall@10, MRR@10 and p@1 as the kb.jar eval command defines them. */
    private static final class Metrics {

        private int queries;
        private double ndcg;
        private double recall;
        private double mrr;
        private double precisionAtOne;

        void add(List<String> ranked, Map<String, Integer> grades) {
            queries++;
            double dcg = 0;
            int found = 0;
            double reciprocal = 0;
            for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
                int grade = grades.getOrDefault(ranked.get(i), 0);
                if (grade > 0) {
                    dcg += grade / log2(i + 2);
                    found++;
                    if (reciprocal == 0) {
                        reciprocal = 1.0 / (i + 1);
                    }
                }
            }
            List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
            double idcg = 0;
            for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
                idcg += ideal.get(i) / log2(i + 2);
            }
            ndcg += idcg > 0 ? dcg / idcg : 0;
            recall += ideal.isEmpty() ? 0 : (double) found / ideal.size();
            mrr += reciprocal;
            precisionAtOne += !ranked.isEmpty() && grades.getOrDefault(ranked.getFirst(), 0) > 0 ? 1 : 0;
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2);
        }

        double ndcg() {
            return queries == 0 ? 0 : ndcg / queries;
        }

        String json() {
            double n = Math.max(1, queries);
            return String.format(Locale.ROOT,
                    "{\"queries\":%d,\"ndcg@10\":%.4f,\"recall@10\":%.4f,\"mrr@10\":%.4f,\"p@1\":%.4f}",
                    queries, ndcg / n, recall / n, mrr / n, precisionAtOne / n);
        }
    }
}
