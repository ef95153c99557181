package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.semantic.DocumentVectors;
import io.tsutawaru.kb.semantic.EmbeddingModelSettings;
import io.tsutawaru.kb.semantic.EmbeddingModels;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, fourth round: the texts the semantic stage embeds, one a line, so that they can be written another way
 * before the model reads them (content words only; OpenCC's Japanese-to-Chinese character conversion), and the
 * model's vectors of such lines, beside RankingFeatureDump's files (text-forms.sh runs it all).
 * <pre>
 *   TextLines texts CORPUS QUERIES WORK       WORK/entries.txt (the shipped entry text) and WORK/queries.txt
 *   TextLines content-words IN OUT [surface]  each line reduced to its content words, in dictionary forms
 *   TextLines embed WORK NAME CACHE           WORK/entries-NAME.txt and WORK/queries-NAME.txt embedded into .f32
 * </pre>
 */
public final class TextLines {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "texts" -> texts(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "content-words" -> Files.write(Path.of(args[2]), Files.readAllLines(Path.of(args[1])).stream()
                    .map(line -> contentWords(line, args.length < 4)).toList());
            case "embed" -> embed(Path.of(args[1]), args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException("texts, content-words or embed");
        }
    }

    private static void texts(Path corpusFile, Path queriesFile, Path work) throws IOException {
        List<FaqEntry> corpus = LocalgovFaqFormat.read(corpusFile);
        Map<String, String> queries = JsonMapper.builder().build().readValue(Files.readString(queriesFile),
                new TypeReference<LinkedHashMap<String, String>>() { });
        // The model's tokenizer reads a line break as a space.
        Files.write(work.resolve("entries.txt"), corpus.stream()
                .map(e -> EmbeddedTexts.STANDARD.of(e, List.of()).getFirst().replace('\n', ' ')).toList());
        Files.write(work.resolve("queries.txt"), new ArrayList<>(queries.values()).stream()
                .map(q -> q.replace('\n', ' ')).toList());
    }

    private static void embed(Path work, String name, Path cache) throws IOException {
        var model = EmbeddingModels.load(EmbeddingModelSettings.PACKAGED).orElseThrow();
        var vectors = DocumentVectors.of(model);
        if (Files.exists(cache)) {
            vectors.readFrom(cache);
        }
        RankingFeatureDump.write(work.resolve("entries-" + name + ".f32"),
                vectors.vectors(Files.readAllLines(work.resolve("entries-" + name + ".txt"))));
        RankingFeatureDump.write(work.resolve("queries-" + name + ".f32"),
                Files.readAllLines(work.resolve("queries-" + name + ".txt")).stream().map(model::embedQuery).toList());
        vectors.writeTo(cache);
    }

    /** Nouns, verbs, adjectives, adverbs, prefixes; particles, auxiliaries, symbols and dependent words dropped. */
    static String contentWords(String text, boolean dictionaryForms) {
        var kept = new StringBuilder();
        try (var tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
            tokenizer.setReader(new StringReader(text));
            var term = tokenizer.addAttribute(CharTermAttribute.class);
            var pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            var base = tokenizer.addAttribute(BaseFormAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String p = pos.getPartOfSpeech();
                if (p == null || p.startsWith("助詞") || p.startsWith("助動詞") || p.startsWith("記号")
                        || p.startsWith("フィラー") || p.startsWith("感動詞") || p.contains("非自立")) {
                    continue;
                }
                kept.append(dictionaryForms && base.getBaseForm() != null ? base.getBaseForm() : term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return kept.isEmpty() ? text : kept.toString();
    }

}
