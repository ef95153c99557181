package io.tsutawaru.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The fixed words residents read, in the three languages they choose from:
 * {@code <baseName>_<language>.properties} on the class path, UTF-8. Residents' languages
 * are not the staff's: やさしい日本語 is not a {@link java.util.Locale}, a missing word falls
 * back to Japanese (never to the server's locale), and placeholders are filled by the
 * caller without {@link java.text.MessageFormat}, whose quoting would eat the apostrophes
 * of English texts. Staff's words are Spring's {@code MessageSource} in the app; every
 * module with words for residents (the bot's replies, the notifier's notices and public
 * pages) reads them through this one loader.
 */
public final class ResidentWords {

	/** The languages residents choose from, in the order they are offered. */
	public static final List<String> LANGUAGES = List.of("ja", "en", "easy-ja");

	/** The language every word exists in, and what a missing word falls back to. */
	public static final String JAPANESE = "ja";

	private final Map<String, Properties> bundles;

	private ResidentWords(Map<String, Properties> bundles) {
		this.bundles = bundles;
	}

	/**
	 * Reads the words of every language.
	 * @param baseName the files' path on the class path without the language, e.g.
	 * {@code bot/messages}
	 * @throws IllegalStateException when a language's file is missing
	 */
	public static ResidentWords load(String baseName) {
		Map<String, Properties> bundles = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			bundles.put(language, read(baseName + "_" + language + ".properties"));
		}
		return new ResidentWords(Map.copyOf(bundles));
	}

	/**
	 * The word in a language (null or unknown meaning Japanese), else the Japanese word,
	 * else null.
	 */
	public String find(String language, String key) {
		String word = exact(language == null || !bundles.containsKey(language) ? JAPANESE : language, key);
		return word != null ? word : exact(JAPANESE, key);
	}

	/**
	 * The word in exactly this language, or null: for texts that must not fall back to
	 * Japanese unnoticed.
	 */
	public String exact(String language, String key) {
		Properties words = bundles.get(language == null ? JAPANESE : language);
		return words == null ? null : words.getProperty(key);
	}

	/**
	 * The word of a key in every language that has it (commands a resident may type in
	 * any of them).
	 */
	public List<String> inEveryLanguage(String key) {
		return LANGUAGES.stream().map(language -> exact(language, key)).filter(Objects::nonNull).toList();
	}

	private static Properties read(String resource) {
		InputStream stream = ResidentWords.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("Missing residents' words " + resource);
		}
		Properties words = new Properties();
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			words.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unreadable residents' words " + resource, ex);
		}
		return words;
	}

}
