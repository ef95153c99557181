package io.tsutawaru.notifier;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The fixed words residents read in notices (names of kinds, the frame of a cancellation,
 * …) in each language, from {@code notifier/words_<language>.properties} (UTF-8). A word
 * missing in a language falls back to Japanese, so a resident always reads something.
 * Placeholders are named, {@code {time}}.
 */
public final class NoticeWords {

	private static final String JAPANESE = "ja";

	private static final Map<String, Properties> BUNDLES = Map.of(JAPANESE, load(JAPANESE), "en", load("en"), "easy-ja",
			load("easy-ja"));

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
			Properties words = BUNDLES.get(language == null ? JAPANESE : language);
			if (words != null && words.getProperty(key) != null) {
				return text(language, key, values);
			}
		}
		for (String key : keys) {
			if (BUNDLES.get(JAPANESE).getProperty(key) != null) {
				return text(JAPANESE, key, values);
			}
		}
		throw new IllegalStateException("No notice words for " + keys);
	}

	/**
	 * The words for a key in exactly this language, or null: for translations that must
	 * not fall back to Japanese.
	 */
	public static String exact(String language, String key) {
		Properties words = BUNDLES.get(language == null ? JAPANESE : language);
		return words == null ? null : words.getProperty(key);
	}

	private static String find(String language, String key) {
		Properties words = BUNDLES.get(language == null ? JAPANESE : language);
		String text = words == null ? null : words.getProperty(key);
		return text != null ? text : BUNDLES.get(JAPANESE).getProperty(key);
	}

	private static Properties load(String language) {
		Properties words = new Properties();
		String resource = "/notifier/words_" + language + ".properties";
		var stream = NoticeWords.class.getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("Missing notice words " + resource);
		}
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			words.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unreadable notice words " + resource, ex);
		}
		return words;
	}

}
