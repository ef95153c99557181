package io.tsutawaru.notifier.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment rule as a SQL condition over {@code subscribers s}, with its parameters in
 * order. Rules become SQL rather than being evaluated in Java because the database
 * filters a million indexed rows faster than it can ship them to the JVM (see
 * docs/benchmarks.md, Notifier).
 */
record SqlCondition(String sql, List<Object> params) {

	/**
	 * Ends a subquery that must be a lookup by primary key for each subscriber. Without
	 * it PostgreSQL may turn each interest under "or" into a hashed set of every
	 * subscriber with that interest, built again for every query: a chunk of the largest
	 * rule allowed (50 interests joined with "or") took 5.2 s instead of 84 ms, and
	 * planning a million subscribers 12 minutes (docs/benchmarks.md, issue 15). An offset
	 * makes the subquery one the database neither flattens nor hashes;
	 * {@code OFFSET 0 ROWS} is standard SQL that H2 reads too.
	 */
	private static final String LOOKED_UP_PER_SUBSCRIBER = " OFFSET 0 ROWS";

	/**
	 * For a pass over every subscriber (counts): an interest the whole rule requires (the
	 * rule itself, or one of the conditions it joins with "and") as one set the database
	 * builds once, a semi-join. An interest under "or" or "not" is looked up per
	 * subscriber instead: PostgreSQL cannot join it, and evaluated a set too large for
	 * its work memory by scanning the whole set again for every subscriber, so a rule of
	 * two interests joined with "or" counted a million subscribers for longer than 16
	 * minutes (issue 15; docs/benchmarks.md).
	 */
	static SqlCondition of(SegmentRule rule) {
		return of(rule, null);
	}

	/**
	 * For a chunk of subscribers in id order after {@code afterId} (the query has
	 * {@code s.id > afterId}): an interest the whole rule requires as a correlated
	 * {@code EXISTS} the database may run as a semi-join merged along the chunk's ids (a
	 * chunk of 50,000 residents of one interest, half-way through a million: 0.3 s;
	 * forced into a lookup per subscriber, 1.6 s, half of it PostgreSQL compiling the
	 * query, which the lookup's higher estimate sets off: docs/benchmarks.md, issue 19);
	 * an interest under "or" or "not" looked up per subscriber, for the reason above.
	 * Each lookup also says {@code i.subscriber_id > afterId}: it follows from
	 * {@code i.subscriber_id = s.id}, but the database does not infer it, and without it
	 * PostgreSQL's merge join read the interest's index from the first subscriber again
	 * for every chunk (a chunk at 800,000 of a million: 79 ms instead of 3 ms).
	 */
	static SqlCondition perSubscriber(SegmentRule rule, long afterId) {
		return of(rule, afterId);
	}

	private static SqlCondition of(SegmentRule rule, Long afterId) {
		List<Object> params = new ArrayList<>();
		String sql = write(rule, params, afterId, true);
		return new SqlCondition(sql, List.copyOf(params));
	}

	/**
	 * @param afterId null for a pass over every subscriber, else the chunk's lower bound
	 * (exclusive)
	 * @param required whether the whole rule holds only where this part holds (the rule,
	 * or a part it joins with and)
	 */
	private static String write(SegmentRule rule, List<Object> params, Long afterId, boolean required) {
		return switch (rule) {
			case SegmentRule.All all -> "TRUE";
			case SegmentRule.AnyOf any -> join(any.rules(), " OR ", params, afterId, false);
			case SegmentRule.AllOf every -> join(every.rules(), " AND ", params, afterId, required);
			case SegmentRule.Not not -> "NOT " + write(not.rule(), params, afterId, false);
			case SegmentRule.OneOf oneOf -> {
				params.addAll(oneOf.values());
				String column = "s." + oneOf.attribute().column;
				// IS NOT NULL keeps the result two-valued, so "not" selects residents who
				// chose nothing.
				yield "(" + column + " IS NOT NULL AND " + column + " IN (" + "?, ".repeat(oneOf.values().size() - 1)
						+ "?))";
			}
			case SegmentRule.Unset unset -> "(s." + unset.attribute().column + " IS NULL)";
			case SegmentRule.Interested interested -> {
				params.add(interested.interest());
				if (afterId == null && required) {
					yield "s.id IN (SELECT i.subscriber_id FROM subscriber_interests i WHERE i.interest = ?)";
				}
				if (afterId == null) {
					yield "EXISTS (SELECT 1 FROM subscriber_interests i WHERE i.subscriber_id = s.id AND i.interest = ?"
							+ LOOKED_UP_PER_SUBSCRIBER + ")";
				}
				params.add(afterId);
				// An interest the rule requires stays a semi-join the database may merge
				// along the chunk's ids; only one under "or" or "not" must be a lookup.
				yield "EXISTS (SELECT 1 FROM subscriber_interests i WHERE i.subscriber_id = s.id AND i.interest = ? "
						+ "AND i.subscriber_id > ?" + (required ? "" : LOOKED_UP_PER_SUBSCRIBER) + ")";
			}
		};
	}

	private static String join(List<SegmentRule> rules, String operator, List<Object> params, Long afterId,
			boolean required) {
		List<String> parts = new ArrayList<>();
		for (SegmentRule rule : rules) {
			parts.add(write(rule, params, afterId, required));
		}
		return "(" + String.join(operator, parts) + ")";
	}

}
