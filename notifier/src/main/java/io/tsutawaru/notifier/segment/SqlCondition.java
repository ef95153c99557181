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
		return of(rule, null);
	}

	/**
	 * For a chunk of subscribers in id order after {@code afterId} (the query has {@code s.id > afterId}):
	 * interests looked up per subscriber, because a set built once per chunk would be built again for every chunk
	 * (H2 does), and a lookup by primary key is cheap. Each lookup also says {@code i.subscriber_id > afterId}: it
	 * follows from {@code i.subscriber_id = s.id}, but the database does not infer it, and without it PostgreSQL's
	 * merge join read the interest's index from the first subscriber again for every chunk (a chunk at 800,000 of
	 * a million: 79 ms instead of 3 ms).
	 */
	static SqlCondition perSubscriber(SegmentRule rule, long afterId) {
		return of(rule, afterId);
	}

	private static SqlCondition of(SegmentRule rule, Long afterId) {
		List<Object> params = new ArrayList<>();
		String sql = write(rule, params, afterId);
		return new SqlCondition(sql, List.copyOf(params));
	}

	/** @param afterId null for a pass over every subscriber, else the chunk's lower bound (exclusive) */
	private static String write(SegmentRule rule, List<Object> params, Long afterId) {
		return switch (rule) {
			case SegmentRule.All all -> "TRUE";
			case SegmentRule.AnyOf any -> join(any.rules(), " OR ", params, afterId);
			case SegmentRule.AllOf every -> join(every.rules(), " AND ", params, afterId);
			case SegmentRule.Not not -> "NOT " + write(not.rule(), params, afterId);
			case SegmentRule.OneOf oneOf -> {
				params.addAll(oneOf.values());
				String column = "s." + oneOf.attribute().column;
				// IS NOT NULL keeps the result two-valued, so "not" selects residents who chose nothing.
				yield "(" + column + " IS NOT NULL AND " + column + " IN (" + "?, ".repeat(oneOf.values().size() - 1) + "?))";
			}
			case SegmentRule.Unset unset -> "(s." + unset.attribute().column + " IS NULL)";
			case SegmentRule.Interested interested -> {
				params.add(interested.interest());
				if (afterId == null) {
					yield "s.id IN (SELECT i.subscriber_id FROM subscriber_interests i WHERE i.interest = ?)";
				}
				params.add(afterId);
				yield "EXISTS (SELECT 1 FROM subscriber_interests i WHERE i.subscriber_id = s.id AND i.interest = ? "
						+ "AND i.subscriber_id > ?)";
			}
		};
	}

	private static String join(List<SegmentRule> rules, String operator, List<Object> params, Long afterId) {
		List<String> parts = new ArrayList<>();
		for (SegmentRule rule : rules) {
			parts.add(write(rule, params, afterId));
		}
		return "(" + String.join(operator, parts) + ")";
	}

}
