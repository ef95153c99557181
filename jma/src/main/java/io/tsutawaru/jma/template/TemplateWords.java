package io.tsutawaru.jma.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The words of JMA notices per language ({@code jma/notice-words_<language>.properties}):
 * ja, and the notifier's translations en and easy-ja. A key a language lacks falls back
 * to Japanese.
 */
final class TemplateWords {

	static final String JAPANESE = "ja";

	/**
	 * The languages a notice is written in: Japanese, then the notifier's translations.
	 */
	static final List<String> LANGUAGES = List.of(JAPANESE, "en", "easy-ja");

	private static final Map<String, Properties> WORDS = Map.of(JAPANESE, load(JAPANESE), "en", load("en"), "easy-ja",
			load("easy-ja"));

	private TemplateWords() {
	}

	/** True when the language has its own words for the key. */
	static boolean has(String language, String key) {
		return WORDS.get(language).getProperty(key) != null;
	}

	/** The words for a key, with {name} placeholders filled in. */
	static String text(String language, String key, Map<String, String> values) {
		String text = WORDS.get(language).getProperty(key, WORDS.get(JAPANESE).getProperty(key));
		if (text == null) {
			throw new IllegalStateException("No JMA notice words for " + key);
		}
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", value.getValue());
		}
		return text;
	}

	static String text(String language, String key) {
		return text(language, key, Map.of());
	}

	private static Properties load(String language) {
		Properties words = new Properties();
		String resource = "/jma/notice-words_" + language + ".properties";
		try (InputStream in = TemplateWords.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
