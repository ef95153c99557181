package io.tsutawaru.kb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queries and relevance labels of an evaluation set: {@code {"<queryId>": "<query>"}}
 * and {@code {"<queryId>": {"<docId>": grade}}}. Only labelled queries are evaluated.
 */
record EvaluationSet(Map<String, String> queries, Map<String, Map<String, Integer>> grades) {

	static EvaluationSet read(Path queries, Path qrels) throws IOException {
		var json = JsonMapper.builder().build();
		Map<String, String> allQueries = json.readValue(Files.readString(queries), new TypeReference<>() {
		});
		Map<String, Map<String, Integer>> grades = json.readValue(Files.readString(qrels), new TypeReference<>() {
		});
		var labelled = new LinkedHashMap<String, String>();
		allQueries.forEach((id, text) -> {
			if (grades.containsKey(id)) {
				labelled.put(id, text);
			}
		});
		return new EvaluationSet(labelled, grades);
	}

	/**
	 * A fixed half of the queries, so that a parameter can be tuned on one half and
	 * checked on the other.
	 * @param part {@code all}, {@code tune} (the 1st, 3rd, 5th… query of the file) or
	 * {@code held-out} (the 2nd, 4th…)
	 * @return the queries of that part, with the same grades
	 * @throws UsageException for any other part
	 */
	EvaluationSet part(String part) {
		if (part.equals("all")) {
			return this;
		}
		if (!part.equals("tune") && !part.equals("held-out")) {
			throw new UsageException("--part must be all, tune or held-out, not " + part);
		}
		int keep = part.equals("tune") ? 0 : 1;
		var selected = new LinkedHashMap<String, String>();
		int position = 0;
		for (var query : queries.entrySet()) {
			if (position++ % 2 == keep) {
				selected.put(query.getKey(), query.getValue());
			}
		}
		return new EvaluationSet(selected, grades);
	}
}
