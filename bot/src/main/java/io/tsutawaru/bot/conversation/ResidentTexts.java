package io.tsutawaru.bot.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.tsutawaru.text.ResidentWords;

import org.springframework.stereotype.Component;

/**
 * The bot's fixed texts in Japanese, English and easy Japanese, from
 * {@code bot/messages_<language>.properties} (UTF-8, read by {@link ResidentWords} as
 * every resident's word is). A key missing in English or easy Japanese falls back to
 * Japanese, so a resident always gets an answer. Placeholders are {@code {0}},
 * {@code {1}}, ... — deliberately not {@link java.text.MessageFormat}, whose quoting
 * rules would eat the apostrophes of English texts.
 */
@Component
public class ResidentTexts {

	/** The languages residents choose from, in the order they are offered. */
	public static final List<String> LANGUAGES = ResidentWords.LANGUAGES;

	private final ResidentWords words;

	/**
	 * Loads the three bundles; public so that code drawing texts outside a conversation
	 * (menu images) can be tested alone.
	 */
	public ResidentTexts() {
		this.words = ResidentWords.load("bot/messages");
	}

	/** The text for a key in a language, with placeholders filled in. */
	public String text(String language, String key, Object... arguments) {
		String pattern = words.find(language, key);
		if (pattern == null) {
			throw new IllegalStateException("No bot text for key " + key);
		}
		for (int i = 0; i < arguments.length; i++) {
			pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return pattern;
	}

	/**
	 * A text that may be absent (labels of configurable values); the value itself when it
	 * is.
	 */
	public String label(String language, String key, String value) {
		String label = words.find(language, key);
		return label != null ? label : value;
	}

	/**
	 * Whether a typed text is one of a command's words in any language: a resident who
	 * set English may still type 「通報」. Width and case are ignored (ＳＴＡＦＦ, Staff).
	 */
	public boolean isCommand(String command, String typed) {
		if (typed == null || typed.length() > 40) {
			return false;
		}
		String normalized = normalize(typed);
		return words.inEveryLanguage("command." + command)
			.stream()
			.flatMap(written -> Arrays.stream(written.split("\\|")))
			.anyMatch(word -> !word.isBlank() && normalize(word).equals(normalized));
	}

	private static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

}
