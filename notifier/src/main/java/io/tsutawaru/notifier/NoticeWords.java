package io.tsutawaru.notifier;

import java.util.List;
import java.util.Map;

import io.tsutawaru.text.ResidentWords;

/**
 * The fixed words residents read in notices (names of kinds, the frame of a cancellation,
 * …) in each language, from {@code notifier/words_<language>.properties} (UTF-8, read by
 * {@link ResidentWords} as every resident's word is). A word missing in a language falls
 * back to Japanese, so a resident always reads something. Placeholders are named,
 * {@code {time}}.
 */
public final class NoticeWords {

	private static final ResidentWords WORDS = ResidentWords.load("notifier/words");

	private NoticeWords() {
	}

	/**
	 * The words for a key in a language (null meaning Japanese), with the named
	 * placeholders filled in.
	 */
	public static String text(String language, String key, Map<String, String> values) {
		String text = find(language, key);
		if (text == null) {
			throw new IllegalStateException("No notice words for " + key);
		}
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", value.getValue());
		}
		return text;
	}

	/** The words for a key in a language, without placeholders. */
	public static String text(String language, String key) {
		return text(language, key, Map.of());
	}

	/**
	 * The words of the first key a language has (the most specific wording first, e.g. a
	 * kind's own), else of the first key Japanese has, with the named placeholders filled
	 * in.
	 */
	public static String text(String language, List<String> keys, Map<String, String> values) {
		for (String key : keys) {
			if (WORDS.exact(language, key) != null) {
				return text(language, key, values);
			}
		}
		for (String key : keys) {
			if (WORDS.exact(ResidentWords.JAPANESE, key) != null) {
				return text(ResidentWords.JAPANESE, key, values);
			}
		}
		throw new IllegalStateException("No notice words for " + keys);
	}

	/**
	 * The words for a key in exactly this language, or null: for translations that must
	 * not fall back to Japanese.
	 */
	public static String exact(String language, String key) {
		return WORDS.exact(language, key);
	}

	private static String find(String language, String key) {
		return WORDS.find(language, key);
	}

}
