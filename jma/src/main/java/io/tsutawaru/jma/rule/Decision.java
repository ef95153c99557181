package io.tsutawaru.jma.rule;

import java.util.List;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.telegram.Level;
import io.tsutawaru.jma.telegram.TelegramArea;

/**
 * What to do with a telegram under the city's rules ({@link RuleMatching#decide}).
 * Whether a fired decision becomes a new notice or an update of the one its
 * {@code EventID} produced is the caller's to know.
 */
public sealed interface Decision permits Decision.Fire, Decision.Lift, Decision.Cancel, Decision.Ignored {

	/**
	 * A rule fires: the telegram reaches the rule's minimum in the rule's areas.
	 *
	 * @param rule the rule that fired (a sending rule before a drafting one, then the
	 * first in the rules' order)
	 * @param areas the rule's areas the telegram names, with their levels (lifted ones
	 * included, marked so)
	 * @param highest the highest level in force among them
	 * @param exercise true when the telegram is 訓練 or 試験 and the rule allows exercise
	 * notices
	 */
	record Fire(JmaRule rule, List<TelegramArea> areas, Level highest, boolean exercise) implements Decision {

		public Fire {
			areas = List.copyOf(areas);
		}

	}

	/**
	 * Every level a rule watches in its areas is lifted (解除) and nothing at its minimum
	 * remains: an update of the event's notice that says so, when there is one.
	 *
	 * @param rule the rule whose areas the telegram lifts
	 * @param areas the rule's areas the telegram names, with the levels lifted
	 * @param exercise true when the telegram is 訓練 or 試験 and the rule allows exercise
	 * notices
	 */
	record Lift(JmaRule rule, List<TelegramArea> areas, boolean exercise) implements Decision {

		public Lift {
			areas = List.copyOf(areas);
		}

	}

	/**
	 * The telegram is a 取消 of a kind a rule watches: cancel the notice its
	 * {@code EventID} produced, when there is one.
	 *
	 * @param rule the first rule for the telegram's kind
	 */
	record Cancel(JmaRule rule) implements Decision {
	}

	/**
	 * Nothing to do, and why.
	 *
	 * @param reason why, as a code
	 * @param detail what the reason's message shows, e.g. the level seen (震度3) or the
	 * status (訓練); empty when none
	 */
	record Ignored(IgnoreReason reason, String detail) implements Decision {
	}

}
