package io.tsutawaru.batch.file;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The names under which the jobs leave their figures, summary and report in an execution
 * context, where {@code BatchJobs} reads them for the console.
 */
public final class RunContext {

	/** One sentence on what the run did or why it stopped. */
	public static final String SUMMARY = "summary";

	/** The absolute path of the report file a run wrote. */
	public static final String REPORT = "report.file";

	private static final String COUNT = "count.";

	private RunContext() {
	}

	/** Adds to a figure, e.g. {@code add(context, "imported", 500)}. */
	public static void add(ExecutionContext context, String name, long amount) {
		context.putLong(COUNT + name, count(context, name) + amount);
	}

	/** Sets a figure. */
	public static void set(ExecutionContext context, String name, long value) {
		context.putLong(COUNT + name, value);
	}

	/** A figure, 0 when never added to. */
	public static long count(ExecutionContext context, String name) {
		return context.containsKey(COUNT + name) ? context.getLong(COUNT + name) : 0;
	}

	/** Every figure, by name. */
	public static Map<String, Long> counts(ExecutionContext context) {
		Map<String, Long> counts = new TreeMap<>();
		context.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(COUNT) && e.getValue() instanceof Number)
			.forEach(e -> counts.put(e.getKey().substring(COUNT.length()), ((Number) e.getValue()).longValue()));
		return counts;
	}

	/** Copies every figure from one context to another (a step's figures to its job). */
	public static void copyCounts(ExecutionContext from, ExecutionContext to) {
		counts(from).forEach((name, value) -> to.putLong(COUNT + name, value));
	}

}
