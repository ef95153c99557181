package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, fourth round: each entry's question words (as the index stores them for the answer confidence) and
 * each development question's words (typed, and with synonym expansions), so that rank.py can weigh how much of
 * what an entry asks about the resident asked about.
 */
public final class QuestionTermDump {

    public static void main(String[] args) throws Exception {
        var json = JsonMapper.builder().build();
        List<FaqEntry> corpus = LocalgovFaqFormat.read(Path.of(args[0]));
        Map<String, String> queries = json.readValue(Files.readString(Path.of(args[1])),
                new TypeReference<LinkedHashMap<String, String>>() { });
        var shipped = FaqAnalysis.standard();
        var result = new LinkedHashMap<String, Object>();
        var entries = new LinkedHashMap<String, Object>();
        try (var index = FaqIndex.inMemory(shipped)) {
            index.rebuild(corpus, "terms");
            index.withSearcher(searcher -> {
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                    var indexed = index.entries().get(searcher, doc);
                    entries.put(indexed.entry().id(), indexed.questionTerms());
                }
                return null;
            });
        }
        result.put("entries", entries);
        var asked = new LinkedHashMap<String, Object>();
        for (var question : queries.entrySet()) {
            var analysed = AnalysedQuestion.of(question.getValue(), SearchLanguage.JAPANESE, shipped);
            var row = new LinkedHashMap<String, Object>();
            row.put("own", analysed.ownWords());
            row.put("expanded", analysed.words().terms());
            asked.put(question.getKey(), row);
        }
        result.put("queries", asked);
        json.writeValue(Path.of(args[2]).toFile(), result);
    }

}
