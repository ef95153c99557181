package io.tsutawaru.kb.cli;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.search.FaqSearch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays labelled questions as if residents had asked them, to measure learning from
 * residents honestly: a resident shown the answer (one entry) or the choice (three) picks
 * the first right one among them, if any, and that question becomes an accepted phrasing
 * of the entry (staff accept what residents picked rightly). Questions whose right entry
 * was not shown teach nothing, as in the service.
 */
final class ResidentReplay {

	private ResidentReplay() {
	}

	static Map<String, List<String>> learn(FaqSearch search, EvaluationSet asked) {
		var learned = new HashMap<String, List<String>>();
		for (var query : asked.queries().entrySet()) {
			var result = search.search(query.getValue(), "ja");
			int shown = switch (result.decision()) {
				case ANSWER -> 1;
				case CHOOSE -> 3;
				case NOT_FOUND -> 0;
			};
			Map<String, Integer> grades = asked.grades().get(query.getKey());
			result.candidates()
				.stream()
				.limit(shown)
				.map(Candidate::entry)
				.filter(entry -> grades.getOrDefault(entry.id(), 0) > 0)
				.findFirst()
				.ifPresent(entry -> learned.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(query.getValue()));
		}
		return learned;
	}

}
