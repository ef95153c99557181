package io.tsutawaru.notifier.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment rule as a SQL condition over {@code subscribers s}, with its parameters in order. Rules become SQL
 * rather than being evaluated in Java because the database filters a million indexed rows faster than it can
 * ship them to the JVM (see docs/benchmarks.md, Notifier).
 */
record SqlCondition(String sql, List<Object> params) {

	static SqlCondition of(SegmentRule rule) {
		List<Object> params = new ArrayList<>();
		String sql = write(rule, params);
		return new SqlCondition(sql, List.copyOf(params));
	}

	private static String write(SegmentRule rule, List<Object> params) {
		return switch (rule) {
			case SegmentRule.All all -> "TRUE";
			case SegmentRule.AnyOf any -> join(any.rules(), " OR ", params);
			case SegmentRule.AllOf every -> join(every.rules(), " AND ", params);
			case SegmentRule.Not not -> "NOT " + write(not.rule(), params);
			case SegmentRule.OneOf oneOf -> {
				params.addAll(oneOf.values());
				String column = "s." + oneOf.attribute().column;
				// IS NOT NULL keeps the result two-valued, so "not" selects residents who chose nothing.
				yield "(" + column + " IS NOT NULL AND " + column + " IN (" + "?, ".repeat(oneOf.values().size() - 1) + "?))";
			}
			case SegmentRule.Interested interested -> {
				params.add(interested.interest());
				yield "s.id IN (SELECT i.subscriber_id FROM subscriber_interests i WHERE i.interest = ?)";
			}
		};
	}

	private static String join(List<SegmentRule> rules, String operator, List<Object> params) {
		List<String> parts = new ArrayList<>();
		for (SegmentRule rule : rules) {
			parts.add(write(rule, params));
		}
		return "(" + String.join(operator, parts) + ")";
	}

}
