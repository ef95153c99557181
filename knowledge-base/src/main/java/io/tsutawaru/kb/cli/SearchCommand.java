package io.tsutawaru.kb.cli;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.search.DecisionThresholds;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.search.FaqSearch;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code search}: indexes a corpus and prints the ranked candidates of one question with
 * the decision.
 */
final class SearchCommand {

	private final CommandOptions options;

	private final PrintStream out;

	SearchCommand(CommandOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	void run() throws IOException {
		if (options.arguments().isEmpty()) {
			throw new UsageException("search needs a question");
		}
		String question = String.join(" ", options.arguments());
		List<FaqEntry> corpus = LocalgovFaqFormat.read(options.file("corpus"));
		var semantic = new SemanticOptions(options);
		try (var index = FaqIndex.inMemory(FaqAnalysis.standard(), semantic.indexing())) {
			index.rebuild(corpus, "search");
			semantic.save();
			var result = new FaqSearch(index, DecisionThresholds.CALIBRATED,
					semantic.weights(FaqSearch.SEMANTIC_WEIGHT).getFirst())
				.search(question, options.text("language", "ja"));
			out.println("decision " + result.decision());
			int rank = 1;
			for (Candidate candidate : result.candidates()) {
				out.printf(Locale.ROOT, "%2d  score %7.3f  confidence %.2f  [%s] %s%n", rank++, candidate.score(),
						candidate.confidence(), candidate.entry().id(), candidate.entry().question());
			}
		}
	}

}
