package io.tsutawaru.notifier.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment rule as a SQL condition over {@code subscribers s}, with its parameters in order. Rules become SQL
 * rather than being evaluated in Java because the database filters a million indexed rows faster than it can
 * ship them to the JVM (see docs/benchmarks.md, Notifier).
 */
record SqlCondition(String sql, List<Object> params) {

	/** For a pass over every subscriber (counts): interests as one set the database builds once. */
	static SqlCondition of(SegmentRule rule) {
		return of(rule, false);
	}

	/**
	 * For a chunk of subscribers in id order: interests looked up per subscriber, because a set built once per
	 * chunk would be built again for every chunk (H2 does), and a lookup by primary key is cheap.
	 */
	static SqlCondition perSubscriber(SegmentRule rule) {
		return of(rule, true);
	}

	private static SqlCondition of(SegmentRule rule, boolean perSubscriber) {
		List<Object> params = new ArrayList<>();
		String sql = write(rule, params, perSubscriber);
		return new SqlCondition(sql, List.copyOf(params));
	}

	private static String write(SegmentRule rule, List<Object> params, boolean perSubscriber) {
		return switch (rule) {
			case SegmentRule.All all -> "TRUE";
			case SegmentRule.AnyOf any -> join(any.rules(), " OR ", params, perSubscriber);
			case SegmentRule.AllOf every -> join(every.rules(), " AND ", params, perSubscriber);
			case SegmentRule.Not not -> "NOT " + write(not.rule(), params, perSubscriber);
			case SegmentRule.OneOf oneOf -> {
				params.addAll(oneOf.values());
				String column = "s." + oneOf.attribute().column;
				// IS NOT NULL keeps the result two-valued, so "not" selects residents who chose nothing.
				yield "(" + column + " IS NOT NULL AND " + column + " IN (" + "?, ".repeat(oneOf.values().size() - 1) + "?))";
			}
			case SegmentRule.Interested interested -> {
				params.add(interested.interest());
				yield perSubscriber
						? "EXISTS (SELECT 1 FROM subscriber_interests i WHERE i.subscriber_id = s.id AND i.interest = ?)"
						: "s.id IN (SELECT i.subscriber_id FROM subscriber_interests i WHERE i.interest = ?)";
			}
		};
	}

	private static String join(List<SegmentRule> rules, String operator, List<Object> params, boolean perSubscriber) {
		List<String> parts = new ArrayList<>();
		for (SegmentRule rule : rules) {
			parts.add(write(rule, params, perSubscriber));
		}
		return "(" + String.join(operator, parts) + ")";
	}

}
