package io.tsutawaru.kb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queries and relevance labels of an evaluation set: {@code {"<queryId>": "<query>"}} and
 * {@code {"<queryId>": {"<docId>": grade}}}. Only labelled queries are evaluated.
 */
record EvaluationSet(Map<String, String> queries, Map<String, Map<String, Integer>> grades) {

    static EvaluationSet read(Path queries, Path qrels) throws IOException {
        var json = JsonMapper.builder().build();
        Map<String, String> allQueries = json.readValue(Files.readString(queries), new TypeReference<>() { });
        Map<String, Map<String, Integer>> grades = json.readValue(Files.readString(qrels), new TypeReference<>() { });
        var labelled = new LinkedHashMap<String, String>();
        allQueries.forEach((id, text) -> {
            if (grades.containsKey(id)) {
                labelled.put(id, text);
            }
        });
        return new EvaluationSet(labelled, grades);
    }
}
