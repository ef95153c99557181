package io.tsutawaru.jma.rule;

import java.util.List;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.telegram.Telegram;

/** Decides what the city's rules do with a telegram. */
public final class RuleMatching {

	private RuleMatching() {
	}

	/** What the rules do with the telegram; never null. */
	public static Decision decide(Telegram telegram, List<JmaRule> rules) {
		return new Decision.Ignored(IgnoreReason.NO_RULE_FOR_KIND, telegram.infoKind());
	}

}
