package io.tsutawaru.jma.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.telegram.InfoType;
import io.tsutawaru.jma.telegram.Level;
import io.tsutawaru.jma.telegram.Scale;
import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramArea;
import io.tsutawaru.jma.telegram.TelegramKind;
import io.tsutawaru.jma.telegram.TelegramStatus;

/**
 * Decides what the city's rules do with a telegram. A rule fires when the telegram names
 * one of its areas at its minimum or above, in force; 訓練 and 試験 fire only rules that
 * allow exercise notices (and then as exercises); a 取消 of a watched kind cancels; a
 * telegram that only lifts what a rule watches lifts; anything else is ignored with the
 * reason.
 */
public final class RuleMatching {

	/** Sending rules before drafting ones: when both fire, the alert goes out. */
	private static final Comparator<JmaRule> SENDING_FIRST = Comparator
		.comparing(rule -> rule.action() != JmaRule.Action.SEND);

	private RuleMatching() {
	}

	/** What the rules do with the telegram; never null. */
	public static Decision decide(Telegram telegram, List<JmaRule> rules) {
		Optional<TelegramKind> kind = telegram.kind();
		List<JmaRule> forKind = rules.stream().filter(rule -> rule.telegram().equals(telegram.infoKind())).toList();
		if (kind.isEmpty() || forKind.isEmpty()) {
			return new Decision.Ignored(IgnoreReason.NO_RULE_FOR_KIND, telegram.infoKind());
		}
		boolean exercise = telegram.status() != TelegramStatus.NORMAL;
		List<JmaRule> eligible = forKind.stream()
			.filter(rule -> !exercise || rule.exercises())
			.sorted(SENDING_FIRST)
			.toList();
		if (eligible.isEmpty()) {
			return new Decision.Ignored(IgnoreReason.EXERCISE_OR_TEST, telegram.status().japanese());
		}
		if (telegram.infoType() == InfoType.CANCELLED) {
			return new Decision.Cancel(eligible.getFirst());
		}
		Scale scale = kind.get().scale();
		for (JmaRule rule : eligible) {
			List<TelegramArea> reached = atMinimum(telegram, rule, scale, true);
			if (!reached.isEmpty()) {
				Level highest = reached.stream()
					.map(TelegramArea::level)
					.max(Comparator.comparingInt(Level::rank))
					.orElseThrow();
				return new Decision.Fire(rule, reached, highest, exercise);
			}
		}
		for (JmaRule rule : eligible) {
			List<TelegramArea> lifted = atMinimum(telegram, rule, scale, false);
			if (!lifted.isEmpty()) {
				return new Decision.Lift(rule, lifted, exercise);
			}
		}
		return belowMinimumOrOtherAreas(telegram, eligible);
	}

	/**
	 * The rule's areas in the telegram at the rule's minimum or above, in force (or
	 * lifted).
	 */
	private static List<TelegramArea> atMinimum(Telegram telegram, JmaRule rule, Scale scale, boolean inForce) {
		int minimum = rule.minimum() == null ? 1 : scale.rank(rule.minimum()).orElse(Integer.MAX_VALUE);
		return telegram.areas()
			.stream()
			.filter(area -> area.inForce() == inForce && rule.areaCodes().contains(area.code()))
			.filter(area -> area.level().atLeast(scale, minimum))
			.toList();
	}

	private static Decision belowMinimumOrOtherAreas(Telegram telegram, List<JmaRule> rules) {
		Optional<Level> highestInAreas = telegram.areas()
			.stream()
			.filter(area -> rules.stream().anyMatch(rule -> rule.areaCodes().contains(area.code())))
			.map(TelegramArea::level)
			.max(Comparator.comparingInt(Level::rank));
		if (highestInAreas.isPresent()) {
			return new Decision.Ignored(IgnoreReason.BELOW_MINIMUM, highestInAreas.get().name());
		}
		return new Decision.Ignored(IgnoreReason.OTHER_AREAS, String.valueOf(telegram.areas().size()));
	}

}
