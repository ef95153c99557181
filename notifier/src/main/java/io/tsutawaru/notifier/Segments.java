package io.tsutawaru.notifier;

/**
 * Segment rules: a small readable language over subscriber attributes, for example
 * {@code area in ("北部", "中央") and "子育て" in interests and language = "ja"}, or {@code all}.
 * <p>
 * Attributes are {@code area}, {@code age}, {@code language} and {@code interests}; operators are {@code =},
 * {@code !=}, {@code in (…)}, {@code not in (…)}, {@code "x" in interests}, {@code and}, {@code or}, {@code not}
 * and parentheses. Strings are in double quotes (「」 and “” work too).
 */
public interface Segments {

	/**
	 * Checks a rule and counts the residents it reaches per channel.
	 *
	 * @throws InvalidSegmentRuleException with the position of the first problem
	 */
	Audience preview(String rule);

	/**
	 * Checks a rule without counting.
	 *
	 * @throws InvalidSegmentRuleException with the position of the first problem
	 */
	void validate(String rule);

}
