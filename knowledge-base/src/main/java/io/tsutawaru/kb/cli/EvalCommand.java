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

/** {@code eval}: indexes a corpus, runs every labelled query and prints the metrics as one JSON line. */
final class EvalCommand {

    private final CommandOptions options;
    private final PrintStream out;

    EvalCommand(CommandOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void run() throws IOException {
        List<FaqEntry> corpus = LocalgovFaqFormat.read(options.file("corpus"));
        var set = EvaluationSet.read(options.file("queries"), options.file("qrels"))
                .part(options.text("part", "all"));
        if (options.flag("baseline")) {
            try (var baseline = new BaselineRanking(corpus)) {
                var metrics = new RetrievalMetrics();
                for (var query : set.queries().entrySet()) {
                    metrics.add(baseline.rank(query.getValue(), RetrievalMetrics.DEPTH), set.grades().get(query.getKey()));
                }
                out.println("baseline " + metrics.toJson());
            }
        }
        try (var index = FaqIndex.inMemory(FaqAnalysis.standard())) {
            index.rebuild(corpus, "eval");
            var search = new FaqSearch(index, DecisionThresholds.CALIBRATED);
            var metrics = new RetrievalMetrics();
            for (var query : set.queries().entrySet()) {
                metrics.add(search.rankIds(query.getValue(), "ja", RetrievalMetrics.DEPTH), set.grades().get(query.getKey()));
            }
            out.println(metrics.toJson());
        }
    }
}
