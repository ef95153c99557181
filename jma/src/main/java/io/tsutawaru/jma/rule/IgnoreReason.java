package io.tsutawaru.jma.rule;

import java.util.Locale;

/**
 * Why a telegram did nothing. Each reason is a message: {@code jma.ignored.<code>} in the
 * jma module's bundle ({@code io/tsutawaru/jma/messages*.properties}), in Japanese and
 * English, with the decision's detail as {@code {0}}.
 */
public enum IgnoreReason {

	/** No rule names the telegram's kind. */
	NO_RULE_FOR_KIND,
	/** Rules name the kind, but none of their areas is in the telegram. */
	OTHER_AREAS,
	/** The rules' areas are in the telegram, but below every rule's minimum. */
	BELOW_MINIMUM,
	/** 訓練 or 試験, and no rule for it allows exercise notices. */
	EXERCISE_OR_TEST;

	/** The code stored and sent in JSON, e.g. {@code below-minimum}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The message key of the reason's text. */
	public String messageKey() {
		return "jma.ignored." + code();
	}

}
