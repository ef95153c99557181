package io.tsutawaru.app.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.bot.HandOffReplyRejectedException;
import io.tsutawaru.notifier.CodedProblem;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.NoticeForbiddenException;
import io.tsutawaru.notifier.NoticeStateException;

import org.springframework.context.MessageSource;

/**
 * A notice's or a hand-off's problem in the reader's language, from the code and
 * arguments the module gave ({@link CodedProblem}), the way {@link SegmentRuleWords} says
 * a rule's: 「タイトルが 200 文字を超えています。」. Arguments that name a field, a language or a notice's
 * state are put into words too; what staff typed is quoted as it is.
 */
final class ProblemWords {

	/** A list's entry as the REST API names it: {@code areaNames[1]}. */
	private static final Pattern ENTRY = Pattern.compile("(\\w+)\\[(\\d+)]");

	/**
	 * A translation's field: {@code translations.en.title}, or the translation as a
	 * whole.
	 */
	private static final Pattern TRANSLATION = Pattern.compile("translations\\.([\\w-]+)(?:\\.(\\w+))?");

	private ProblemWords() {
	}

	static String describe(CodedProblem problem, MessageSource messages, Locale locale) {
		List<String> arguments = problem.arguments();
		Object[] words = new Object[arguments.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = switch (problem.argument(i)) {
				case TEXT -> arguments.get(i);
				case FIELD -> field(arguments.get(i), messages, locale);
				case LANGUAGE -> language(arguments.get(i), messages, locale);
				case STATE -> messages.getMessage("state." + arguments.get(i), null, arguments.get(i), locale);
				case POSITION -> Integer.parseInt(arguments.get(i)) + 1;
			};
		}
		return messages.getMessage(prefix(problem) + problem.code(), words, locale);
	}

	/** Where the console's texts for the problem's codes are. */
	static String prefix(CodedProblem problem) {
		return switch (problem) {
			case InvalidNoticeException notice -> "notice.problem.";
			case NoticeStateException state -> "notice.conflict.";
			case NoticeForbiddenException forbidden -> "notice.forbidden.";
			case HandOffReplyRejectedException reply -> "handoffs.problem.";
			default -> throw new IllegalArgumentException("No console texts for " + problem.getClass().getName());
		};
	}

	/**
	 * A field as the compose form labels it; a list's entry with its place, a
	 * translation's with its language.
	 */
	static String field(String name, MessageSource messages, Locale locale) {
		Matcher translation = TRANSLATION.matcher(name);
		if (translation.matches()) {
			String part = translation.group(2) == null ? "all" : translation.group(2);
			return messages.getMessage("notice.field.translation." + part,
					new Object[] { language(translation.group(1), messages, locale) }, locale);
		}
		Matcher entry = ENTRY.matcher(name);
		if (entry.matches()) {
			return messages.getMessage("notice.field." + entry.group(1) + ".entry",
					new Object[] { Integer.parseInt(entry.group(2)) + 1 }, locale);
		}
		return messages.getMessage("notice.field." + name, null, locale);
	}

	private static String language(String code, MessageSource messages, Locale locale) {
		return messages.getMessage("language." + code, null, code, locale);
	}

}
