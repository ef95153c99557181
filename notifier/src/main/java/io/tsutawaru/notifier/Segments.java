package io.tsutawaru.notifier;

import java.util.Set;

/**
 * Segment rules: a small readable language over subscriber attributes, for example
 * {@code area in ("北部", "中央") and "子育て" in interests and language = "ja"}, or
 * {@code all}.
 * <p>
 * Attributes are {@code area}, {@code age}, {@code language} and {@code interests};
 * operators are {@code =}, {@code !=}, {@code in (…)}, {@code not in (…)},
 * {@code is unset} (the resident chose none, e.g. registered no area), {@code is set},
 * {@code "x" in interests}, {@code and}, {@code or}, {@code not} and parentheses. Strings
 * are in double quotes (「」 and “” work too).
 */
public interface Segments {

	/**
	 * Checks a rule and counts the residents it reaches per channel.
	 * @throws InvalidSegmentRuleException with the position of the first problem
	 */
	Audience preview(String rule);

	/**
	 * Checks a rule and counts whom a notice to these channels would reach, per channel
	 * and per area, exactly as the delivery plan will choose (see {@link Headcount}).
	 * @throws InvalidSegmentRuleException with the position of the first problem
	 */
	Headcount headcount(String rule, Set<Channel> channels);

	/**
	 * Checks a rule without counting.
	 * @throws InvalidSegmentRuleException with the position of the first problem
	 */
	void validate(String rule);

}
