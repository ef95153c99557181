package io.tsutawaru.kb.editing;

import java.util.Arrays;
import java.util.regex.Pattern;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.InvalidFaqEntryException;
import io.tsutawaru.kb.InvalidFaqEntryException.Problem;
import io.tsutawaru.text.DocumentText;
import io.tsutawaru.text.WebAddress;

/**
 * What an entry must satisfy before it is stored; the limits match the database columns.
 */
final class EntryRules {

	private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:/-]{1,100}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");

	private static final int MAX_QUESTION = 2_000;

	private static final int MAX_ANSWER = 50_000;

	private static final int MAX_ALTERNATIVES = 50;

	private static final int MAX_LABEL = 200;

	private EntryRules() {
	}

	static void check(FaqEntry entry) {
		if (entry == null) {
			throw new InvalidFaqEntryException(Problem.ENTRY_MISSING);
		}
		require(entry.id() != null && ID.matcher(entry.id()).matches(), Problem.ID_INVALID);
		require(!blank(entry.question()), Problem.QUESTION_MISSING);
		require(entry.question().length() <= MAX_QUESTION, Problem.QUESTION_TOO_LONG, MAX_QUESTION);
		require(!blank(entry.answer()), Problem.ANSWER_MISSING);
		require(entry.answer().length() <= MAX_ANSWER, Problem.ANSWER_TOO_LONG, MAX_ANSWER);
		require(entry.language() != null && LANGUAGE.matcher(entry.language()).matches(), Problem.LANGUAGE_INVALID);
		require(entry.alternatives().size() <= MAX_ALTERNATIVES, Problem.TOO_MANY_ALTERNATIVES, MAX_ALTERNATIVES);
		for (String alternative : entry.alternatives()) {
			require(!blank(alternative) && alternative.length() <= MAX_QUESTION, Problem.ALTERNATIVE_INVALID,
					MAX_QUESTION);
		}
		require(fits(entry.category()) && fits(entry.department()), Problem.LABEL_TOO_LONG, MAX_LABEL);
		require(entry.contact() == null || (fits(entry.contact().phone()) && fits(entry.contact().hours())),
				Problem.CONTACT_TOO_LONG, MAX_LABEL);
		require(entry.url() == null || WebAddress.isWebAddress(entry.url().toString()), Problem.URL_INVALID);
		characters(entry);
	}

	/**
	 * Staff can fix what they typed, so a character no channel can carry is refused with
	 * its place.
	 */
	private static void characters(FaqEntry entry) {
		fit("question", entry.question());
		for (int i = 0; i < entry.alternatives().size(); i++) {
			fit("alternatives[" + i + "]", entry.alternatives().get(i));
		}
		fit("answer", entry.answer());
		fit("category", entry.category());
		fit("department", entry.department());
		if (entry.contact() != null) {
			fit("phone", entry.contact().phone());
			fit("hours", entry.contact().hours());
		}
	}

	private static void fit(String field, String text) {
		DocumentText.firstUnfit(text).ifPresent(unfit -> {
			Problem problem = switch (unfit.kind()) {
				case CONTROL_CHARACTER -> Problem.CONTROL_CHARACTER;
				case NONCHARACTER -> Problem.NONCHARACTER;
				case UNPAIRED_SURROGATE -> Problem.UNPAIRED_SURROGATE;
			};
			throw new InvalidFaqEntryException(problem, field, unfit.code(), unfit.position());
		});
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean fits(String text) {
		return text == null || text.length() <= MAX_LABEL;
	}

	/**
	 * Limits are passed as text, so that the English message says 50000 as before, not
	 * 50,000.
	 */
	private static void require(boolean condition, Problem problem, Object... arguments) {
		if (!condition) {
			throw new InvalidFaqEntryException(problem, Arrays.stream(arguments).map(String::valueOf).toArray());
		}
	}

}
