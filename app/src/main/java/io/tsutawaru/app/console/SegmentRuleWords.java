package io.tsutawaru.app.console;

import java.util.Locale;

import io.tsutawaru.notifier.InvalidSegmentRuleException;

import org.springframework.context.MessageSource;

/**
 * A segment rule's problem in the reader's language, from the notifier's code and
 * arguments: 「条件式の 12 文字目： 「aeg」という項目はありません…」. The same texts are given to the compose
 * page's script, which marks the position in the rule as staff type
 * ({@code fragments/segment.html}).
 */
final class SegmentRuleWords {

	private SegmentRuleWords() {
	}

	static String describe(InvalidSegmentRuleException ex, MessageSource messages, Locale locale) {
		Object[] args = ex.arguments().toArray();
		if (ex.problem() == InvalidSegmentRuleException.Problem.EXPECTED) {
			String found = ex.arguments().get(1);
			args = new Object[] { messages.getMessage("segment.expected." + args[0], null, locale),
					found.isEmpty() ? messages.getMessage("segment.problem.end", null, locale)
							: messages.getMessage("segment.problem.found", new Object[] { found }, locale) };
		}
		String problem = messages.getMessage("segment.problem." + ex.problem().name(), args, locale);
		return messages.getMessage("segment.problem.at", new Object[] { ex.position() + 1, problem }, locale);
	}

}
