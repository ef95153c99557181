package io.tsutawaru.app.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.kb.InvalidFaqEntryException;

import org.springframework.context.MessageSource;

/**
 * The knowledge base's refusal of an entry in the staff member's language: its code's
 * text ({@code kb.problem.<CODE>}), the field named by the form's own label, a position
 * counted from 1 as people count characters.
 */
final class FaqProblemWords {

	/** {@code alternatives[2]}: the third alternative phrasing. */
	private static final Pattern ALTERNATIVE = Pattern.compile("alternatives\\[(\\d+)]");

	private FaqProblemWords() {
	}

	static String describe(InvalidFaqEntryException ex, MessageSource messages, Locale locale) {
		List<String> arguments = ex.arguments();
		Object[] words = arguments.toArray();
		switch (ex.problem()) {
			case CONTROL_CHARACTER, NONCHARACTER, UNPAIRED_SURROGATE -> {
				words[0] = field(arguments.get(0), messages, locale);
				words[2] = Integer.parseInt(arguments.get(2)) + 1;
			}
			default -> {
				// the other problems' values (limits, an id, a link) are shown as written
			}
		}
		return messages.getMessage("kb.problem." + ex.problem().name(), words, locale);
	}

	private static String field(String field, MessageSource messages, Locale locale) {
		Matcher alternative = ALTERNATIVE.matcher(field);
		if (alternative.matches()) {
			return messages.getMessage("kb.problem.alternative",
					new Object[] { Integer.parseInt(alternative.group(1)) + 1 }, locale);
		}
		return messages.getMessage("kb." + field, null, field, locale);
	}

}
