package io.tsutawaru.notifier.segment;

import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.InvalidSegmentRuleException.Problem;
import io.tsutawaru.notifier.segment.RuleTokens.Token;

/**
 * The limits of a rule's size while it is read, each far beyond what a person writes.
 * Every condition becomes a predicate the database evaluates for every subscriber, and a
 * rule of 100,000 of them kept a core busy for minutes (issue 15), so a rule is limited
 * in length and conditions; the largest allowed rule is still counted in well under a
 * second (docs/benchmarks.md). A list's values collapse to the catalog's, so its limit
 * only bounds the reading. Nesting is limited so that a crafted rule cannot exhaust the
 * parser's stack. Each problem names the position where the rule grows too large.
 */
final class RuleSize {

	static final int MAX_LENGTH = 4_000;

	static final int MAX_CONDITIONS = 50;

	static final int MAX_VALUES = 200;

	static final int MAX_DEPTH = 100;

	private int conditions;

	/** How many "not" and "(" enclose the part being read. */
	private int depth;

	static void checkLength(String rule) {
		if (rule.length() > MAX_LENGTH) {
			throw new InvalidSegmentRuleException(Problem.TOO_LONG, MAX_LENGTH, String.valueOf(MAX_LENGTH));
		}
	}

	/** A condition starts at this token. */
	void condition(Token start) {
		if (++conditions > MAX_CONDITIONS) {
			throw new InvalidSegmentRuleException(Problem.TOO_MANY_CONDITIONS, start.position(),
					String.valueOf(MAX_CONDITIONS));
		}
	}

	/** The {@code listed}-th value of a list (from 1) starts at this token. */
	static void value(int listed, Token start) {
		if (listed > MAX_VALUES) {
			throw new InvalidSegmentRuleException(Problem.TOO_MANY_VALUES, start.position(),
					String.valueOf(MAX_VALUES));
		}
	}

	/** A "not" or "(" at this token encloses what follows. */
	void enter(Token start) {
		if (++depth > MAX_DEPTH) {
			throw new InvalidSegmentRuleException(Problem.TOO_DEEP, start.position(), String.valueOf(MAX_DEPTH));
		}
	}

	void leave() {
		depth--;
	}

}
