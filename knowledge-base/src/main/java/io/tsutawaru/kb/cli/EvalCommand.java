package io.tsutawaru.kb.cli;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.search.DecisionThresholds;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.search.FaqSearch;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code eval}: indexes a corpus, runs every labelled query and prints the metrics as one
 * JSON line.
 */
final class EvalCommand {

	private final CommandOptions options;

	private final PrintStream out;

	EvalCommand(CommandOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	void run() throws IOException {
		List<FaqEntry> corpus = LocalgovFaqFormat.read(options.file("corpus"));
		var set = EvaluationSet.read(options.file("queries"), options.file("qrels")).part(options.text("part", "all"));
		if (options.flag("baseline")) {
			try (var baseline = new BaselineRanking(corpus)) {
				var metrics = new RetrievalMetrics();
				for (var query : set.queries().entrySet()) {
					metrics.add(baseline.rank(query.getValue(), RetrievalMetrics.DEPTH),
							set.grades().get(query.getKey()));
				}
				out.println("baseline " + metrics.toJson());
			}
		}
		var semantic = new SemanticOptions(options);
		var indexing = semantic.indexing();
		try (var index = FaqIndex.inMemory(FaqAnalysis.standard(), indexing)) {
			index.rebuild(corpus, "eval");
			String learnFrom = options.text("learn-from", null);
			if (learnFrom != null) {
				// Learning from residents: the other half's questions, replayed as
				// residents' picks, then searched
				// as accepted phrasings; measured on --part, which must not be the half
				// learned from.
				var asked = EvaluationSet.read(options.file("queries"), options.file("qrels")).part(learnFrom);
				var learned = ResidentReplay.learn(new FaqSearch(index, DecisionThresholds.CALIBRATED), asked);
				out.println("learned " + learned.values().stream().mapToInt(java.util.List::size).sum()
						+ " phrasings from " + asked.queries().size() + " questions of " + learnFrom);
				index.learnFrom(ids -> learned);
				index.rebuild(corpus, "eval-learned");
			}
			semantic.save();
			if (indexing != null && options.flag("baseline")) {
				// The same index ranked by its words alone: what the semantic stage adds,
				// in the same run.
				out.println(
						"words-only " + metrics(new FaqSearch(index, DecisionThresholds.CALIBRATED, 0), set).toJson());
			}
			var weights = semantic.weights(FaqSearch.SEMANTIC_WEIGHT);
			for (double weight : weights) {
				int k = options.number("rrf-k", 0);
				var search = k > 0 ? FaqSearch.byReciprocalRank(index, DecisionThresholds.CALIBRATED, weight, k)
						: new FaqSearch(index, DecisionThresholds.CALIBRATED, weight);
				// A list of weights (a screen on the tune half) labels each line; one
				// weight prints the plain line.
				out.println((weights.size() > 1 ? "w=" + weight + " " : "") + metrics(search, set).toJson());
			}
		}
	}

	private static RetrievalMetrics metrics(FaqSearch search, EvaluationSet set) {
		var metrics = new RetrievalMetrics();
		for (var query : set.queries().entrySet()) {
			metrics.add(search.rankIds(query.getValue(), "ja", RetrievalMetrics.DEPTH),
					set.grades().get(query.getKey()));
		}
		return metrics;
	}

}
