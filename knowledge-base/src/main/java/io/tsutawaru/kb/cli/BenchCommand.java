package io.tsutawaru.kb.cli;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.search.DecisionThresholds;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.search.FaqSearch;
import io.tsutawaru.kb.transfer.LocalgovFaqFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench}: the time to build an index of {@code --entries} entries (the corpus repeated under new ids until
 * there are enough) in a fresh directory on disk, then to rebuild it in the same process, and the latency of whole
 * searches (ranking, confidence, decision, entries shown) over the labelled questions after a warm-up, as
 * percentiles of wall-clock and of the searching thread's CPU time.
 */
final class BenchCommand {

    private static final int WARM_UP_ROUNDS = 5_000;

    private final CommandOptions options;
    private final PrintStream out;

    BenchCommand(CommandOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void run() throws IOException {
        List<FaqEntry> corpus = LocalgovFaqFormat.read(options.file("corpus"));
        var questions = new ArrayList<>(EvaluationSet.read(options.file("queries"), options.file("qrels"))
                .queries().values());
        List<FaqEntry> entries = enlarged(corpus, options.number("entries", 10_000));
        int rounds = options.number("rounds", 20_000);
        var directory = Files.createTempDirectory("kb-bench-");
        try (var index = FaqIndex.open(directory, FaqAnalysis.standard())) {
            long started = System.nanoTime();
            long startedCpu = processCpuNanos();
            index.rebuild(entries, "bench");
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            double buildCpuSeconds = (processCpuNanos() - startedCpu) / 1e9;
            // The first build pays for the JIT compiling the analysis and indexing code (about a third of its
            // CPU); a running service's later rebuilds and imports do not, so both are shown.
            started = System.nanoTime();
            startedCpu = processCpuNanos();
            index.rebuild(entries, "bench-again");
            double rebuildSeconds = (System.nanoTime() - started) / 1e9;
            double rebuildCpuSeconds = (processCpuNanos() - startedCpu) / 1e9;
            var search = new FaqSearch(index, DecisionThresholds.CALIBRATED);
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                search.search(questions.get(i % questions.size()), "ja");
            }
            long[] nanos = new long[rounds];
            long[] cpuNanos = new long[rounds];
            var threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < rounds; i++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                search.search(questions.get(i % questions.size()), "ja");
                nanos[i] = System.nanoTime() - start;
                cpuNanos[i] = threads.getCurrentThreadCpuTime() - startCpu;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpuNanos);
            // CPU times stand beside the wall-clock ones because a shared machine's load inflates only the latter.
            out.printf(Locale.ROOT, "{\"entries\":%d,\"build_s\":%.2f,\"build_cpu_s\":%.2f,\"rebuild_s\":%.2f,"
                            + "\"rebuild_cpu_s\":%.2f,\"cores\":%d,"
                            + "\"queries\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f,\"cpu_p50_ms\":%.3f,"
                            + "\"cpu_p99_ms\":%.3f}%n", index.size(), buildSeconds, buildCpuSeconds, rebuildSeconds,
                    rebuildCpuSeconds, Runtime.getRuntime().availableProcessors(), rounds, percentile(nanos, 0.50),
                    percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6, percentile(cpuNanos, 0.50),
                    percentile(cpuNanos, 0.99));
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static List<FaqEntry> enlarged(List<FaqEntry> corpus, int size) {
        var entries = new ArrayList<FaqEntry>(size);
        for (int copy = 0; entries.size() < size; copy++) {
            for (FaqEntry e : corpus) {
                if (entries.size() == size) {
                    break;
                }
                entries.add(copy == 0 ? e : new FaqEntry(e.id() + "-copy" + copy, e.question(), e.alternatives(),
                        e.answer(), e.category(), e.department(), e.contact(), e.url(), e.language(), e.updatedAt(),
                        e.published()));
            }
        }
        return entries;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double percentile(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }
}
