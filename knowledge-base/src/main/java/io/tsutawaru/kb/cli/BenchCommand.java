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
 * {@code bench}: the time to build an index of {@code --entries} entries (the corpus
 * repeated under new ids, each copy's question marked so that every text is new to the
 * model) in a fresh directory on disk, embedding every text, then to rebuild it in the
 * same process (the vectors now come from the cache), and the latency of whole searches
 * (the question's embedding, ranking, fusion, confidence, decision, entries shown) over
 * the labelled questions after a warm-up, as percentiles of wall-clock and of the
 * searching thread's CPU time; also the question's embedding alone, and the memory of the
 * model and of the vectors.
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
		var questions = new ArrayList<>(
				EvaluationSet.read(options.file("queries"), options.file("qrels")).queries().values());
		List<FaqEntry> entries = enlarged(corpus, options.number("entries", 10_000));
		int rounds = options.number("rounds", 20_000);
		var directory = Files.createTempDirectory("kb-bench-");
		long residentBefore = residentKilobytes();
		var semantic = new SemanticOptions(options);
		var indexing = semantic.indexing();
		if (indexing != null) {
			indexing.vectors().model().embedQuery("準備");
		}
		long modelKilobytes = residentKilobytes() - residentBefore;
		try (var index = FaqIndex.open(directory, FaqAnalysis.standard(), indexing)) {
			long started = System.nanoTime();
			long startedCpu = processCpuNanos();
			index.rebuild(entries, "bench");
			double buildSeconds = (System.nanoTime() - started) / 1e9;
			double buildCpuSeconds = (processCpuNanos() - startedCpu) / 1e9;
			// The first build pays for the JIT compiling the analysis and indexing code
			// (about a third of its
			// CPU); a running service's later rebuilds and imports do not, so both are
			// shown.
			started = System.nanoTime();
			startedCpu = processCpuNanos();
			index.rebuild(entries, "bench-again");
			double rebuildSeconds = (System.nanoTime() - started) / 1e9;
			double rebuildCpuSeconds = (processCpuNanos() - startedCpu) / 1e9;
			var search = new FaqSearch(index, DecisionThresholds.CALIBRATED);
			var embedding = indexing == null ? null
					: percentiles(questions, rounds, indexing.vectors().model()::embedQuery);
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
			// CPU times stand beside the wall-clock ones because a shared machine's load
			// inflates only the latter.
			out.printf(Locale.ROOT,
					"{\"entries\":%d,\"semantic\":%b,\"build_s\":%.2f,\"build_cpu_s\":%.2f,"
							+ "\"rebuild_s\":%.2f,\"rebuild_cpu_s\":%.2f,\"cores\":%d,"
							+ "\"queries\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f,\"cpu_p50_ms\":%.3f,"
							+ "\"cpu_p99_ms\":%.3f%s,\"model_rss_mb\":%d,\"vectors_mb\":%.1f,\"heap_used_mb\":%d}%n",
					index.size(), indexing != null, buildSeconds, buildCpuSeconds, rebuildSeconds, rebuildCpuSeconds,
					Runtime.getRuntime().availableProcessors(), rounds, percentile(nanos, 0.50),
					percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6, percentile(cpuNanos, 0.50),
					percentile(cpuNanos, 0.99), embedding == null ? "" : embedding, modelKilobytes / 1024,
					index.vectorBytes() / 1e6, usedHeapMegabytes());
		}
		finally {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** The question's embedding alone, as JSON fields. */
	private static String percentiles(List<String> questions, int rounds,
			java.util.function.Function<String, float[]> embed) {
		for (int i = 0; i < WARM_UP_ROUNDS / 5; i++) {
			embed.apply(questions.get(i % questions.size()));
		}
		int count = Math.min(rounds, 5_000);
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			embed.apply(questions.get(i % questions.size()));
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return String.format(Locale.ROOT, ",\"embed_p50_ms\":%.3f,\"embed_p99_ms\":%.3f", percentile(nanos, 0.50),
				percentile(nanos, 0.99));
	}

	private static long residentKilobytes() {
		try {
			for (String line : Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | NumberFormatException e) {
			return 0;
		}
		return 0;
	}

	private static long usedHeapMegabytes() {
		System.gc();
		var runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
	}

	private static List<FaqEntry> enlarged(List<FaqEntry> corpus, int size) {
		var entries = new ArrayList<FaqEntry>(size);
		for (int copy = 0; entries.size() < size; copy++) {
			for (FaqEntry e : corpus) {
				if (entries.size() == size) {
					break;
				}
				// The copy's number in its question makes every text new to the model, as
				// a city's own entries are.
				entries.add(copy == 0 ? e
						: new FaqEntry(e.id() + "-copy" + copy, e.question() + "（" + copy + "）", e.alternatives(),
								e.answer(), e.category(), e.department(), e.contact(), e.url(), e.language(),
								e.updatedAt(), e.published()));
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
