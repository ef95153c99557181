package io.tsutawaru.app.shelter;

import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.shelters.Crowding;

/**
 * The website's words for shelters in the languages of the public pages (Japanese,
 * English, easy Japanese), as the notice pages have them: residents, not staff, read
 * these. They are the public pages' words ({@code notifier/words_<language>.properties},
 * {@code page.*} and {@code page.shelters.*}), read through the notifier's
 * {@link NoticeWords} like every other word residents read on the website — one place per
 * language.
 */
enum ShelterPageWords {

	JA("ja", "ja"), EN("en", "en"), EASY_JA("easy-ja", "ja");

	final String code;

	final String htmlLang;

	final String name;

	private final String heading;

	private final String none;

	private final String vacant;

	private final String crowded;

	private final String full;

	private final String map;

	final String title;

	final String notices;

	final String skip;

	ShelterPageWords(String code, String htmlLang) {
		this.code = code;
		this.htmlLang = htmlLang;
		this.name = word("page.name");
		this.heading = word("page.shelters.heading");
		this.none = word("page.shelters.none");
		this.vacant = word("page.shelters.vacant");
		this.crowded = word("page.shelters.crowded");
		this.full = word("page.shelters.full");
		this.map = word("page.shelters.map");
		this.title = word("page.shelters.title");
		this.notices = word("page.shelters.notices");
		this.skip = word("page.skip");
	}

	/**
	 * This language's own word: a page must not fall back to Japanese words unnoticed.
	 */
	private String word(String key) {
		String word = NoticeWords.exact(code, key);
		if (word == null) {
			throw new IllegalStateException("No " + key + " in notifier/words_" + code + ".properties");
		}
		return word;
	}

	static ShelterPageWords of(String code) {
		for (ShelterPageWords words : values()) {
			if (words.code.equals(code)) {
				return words;
			}
		}
		return JA;
	}

	String heading() {
		return heading;
	}

	String none() {
		return none;
	}

	String crowding(Crowding crowding) {
		return switch (crowding) {
			case VACANT -> vacant;
			case CROWDED -> crowded;
			case FULL -> full;
		};
	}

	String map(String shelterName) {
		return map.replace("{name}", shelterName);
	}

	/** The query that keeps this language on a link, empty for Japanese. */
	String query() {
		return this == JA ? "" : "?lang=" + code;
	}

}
