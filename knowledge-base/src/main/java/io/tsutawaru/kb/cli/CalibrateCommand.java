package io.tsutawaru.kb.cli;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.search.DecisionThresholds;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.search.FaqSearch;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code calibrate}: how each choice of decision thresholds would have served the
 * labelled questions. For every setting it prints the share of questions answered
 * outright and how often that answer was right, the share offered a choice and how often
 * the top three held a right entry, and the share given up on although a right entry was
 * in the top three. The thresholds are then chosen by hand from the table
 * (docs/benchmarks.md).
 */
final class CalibrateCommand {

	private final CommandOptions options;

	private final PrintStream out;

	CalibrateCommand(CommandOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	void run() throws IOException {
		List<FaqEntry> corpus = LocalgovFaqFormat.read(options.file("corpus"));
		var set = EvaluationSet.read(options.file("queries"), options.file("qrels")).part(options.text("part", "all"));
		var outcomes = new ArrayList<Outcome>();
		var semantic = new SemanticOptions(options);
		try (var index = FaqIndex.inMemory(FaqAnalysis.standard(), semantic.indexing())) {
			index.rebuild(corpus, "calibrate");
			semantic.save();
			var search = new FaqSearch(index, DecisionThresholds.CALIBRATED,
					semantic.weights(FaqSearch.SEMANTIC_WEIGHT).getFirst());
			for (var query : set.queries().entrySet()) {
				outcomes.add(new Outcome(search.search(query.getValue(), "ja").candidates(),
						set.grades().get(query.getKey())));
			}
		}
		out.println("answer≥  ratio≥  choose≥ | answered  right | choice  top3 | not-found  top3-lost");
		for (double answer = 0.50; answer <= 0.951; answer += 0.05) {
			for (double ratio : new double[] { 1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.5 }) {
				for (double choose = 0.2; choose <= answer + 1e-9 && choose <= 0.601; choose += 0.1) {
					print(new DecisionThresholds(answer, ratio, choose), outcomes);
				}
			}
		}
	}

	private void print(DecisionThresholds thresholds, List<Outcome> outcomes) {
		int answered = 0, answeredRight = 0, offered = 0, offeredRight = 0, lost = 0, lostRight = 0;
		for (Outcome outcome : outcomes) {
			Decision decision = thresholds.decide(outcome.candidates());
			boolean firstRight = outcome.relevantWithin(1);
			boolean topThreeRight = outcome.relevantWithin(3);
			switch (decision) {
				case ANSWER -> {
					answered++;
					answeredRight += firstRight ? 1 : 0;
				}
				case CHOOSE -> {
					offered++;
					offeredRight += topThreeRight ? 1 : 0;
				}
				case NOT_FOUND -> {
					lost++;
					lostRight += topThreeRight ? 1 : 0;
				}
			}
		}
		double n = outcomes.size();
		out.printf(Locale.ROOT, "%6.2f  %6.2f  %6.2f  | %7.2f  %5.2f | %6.2f  %4.2f | %9.2f  %9.2f%n",
				thresholds.answerConfidence(), thresholds.answerScoreRatio(), thresholds.chooseConfidence(),
				answered / n, share(answeredRight, answered), offered / n, share(offeredRight, offered), lost / n,
				share(lostRight, lost));
	}

	private static double share(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

	/** One labelled question's candidates and grades. */
	private record Outcome(List<Candidate> candidates, Map<String, Integer> grades) {
		boolean relevantWithin(int rank) {
			return candidates.stream()
				.limit(rank)
				.anyMatch(candidate -> grades.getOrDefault(candidate.entry().id(), 0) > 0);
		}
	}

}
