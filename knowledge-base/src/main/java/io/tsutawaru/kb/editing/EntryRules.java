package io.tsutawaru.kb.editing;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.InvalidFaqEntryException;
import io.tsutawaru.text.DocumentText;
import io.tsutawaru.text.WebAddress;
import java.util.regex.Pattern;

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
			throw new InvalidFaqEntryException("an entry is required");
		}
		require(entry.id() != null && ID.matcher(entry.id()).matches(),
				"id is required: up to 100 letters, digits or . _ : / -");
		require(!blank(entry.question()), "question is required");
		require(entry.question().length() <= MAX_QUESTION, "question is longer than " + MAX_QUESTION + " characters");
		require(!blank(entry.answer()), "answer is required");
		require(entry.answer().length() <= MAX_ANSWER, "answer is longer than " + MAX_ANSWER + " characters");
		require(entry.language() != null && LANGUAGE.matcher(entry.language()).matches(),
				"language must be a code such as ja, en or easy-ja");
		require(entry.alternatives().size() <= MAX_ALTERNATIVES, "more than " + MAX_ALTERNATIVES + " alternatives");
		for (String alternative : entry.alternatives()) {
			require(!blank(alternative) && alternative.length() <= MAX_QUESTION,
					"alternatives must not be empty or longer than " + MAX_QUESTION + " characters");
		}
		require(fits(entry.category()) && fits(entry.department()),
				"category and department are limited to " + MAX_LABEL + " characters");
		require(entry.contact() == null || (fits(entry.contact().phone()) && fits(entry.contact().hours())),
				"phone and hours are limited to " + MAX_LABEL + " characters");
		require(entry.url() == null || WebAddress.isWebAddress(entry.url().toString()),
				"url must be an http or https address");
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
			throw new InvalidFaqEntryException(field + " holds " + unfit.description() + " at position "
					+ unfit.position() + ", which no channel can carry; delete it");
		});
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean fits(String text) {
		return text == null || text.length() <= MAX_LABEL;
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new InvalidFaqEntryException(problem);
		}
	}

}
