package io.tsutawaru.kb.search;

import java.util.Locale;

/**
 * The languages the index analyses differently; everything that is not English is
 * searched as Japanese.
 */
enum SearchLanguage {

	JAPANESE("ja"), ENGLISH("en");

	private final String code;

	SearchLanguage(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

	/**
	 * {@code "easy-ja"}, {@code "ja-JP"}, {@code null} and unknown codes are Japanese:
	 * the residents' default.
	 */
	static SearchLanguage of(String language) {
		if (language != null && language.toLowerCase(Locale.ROOT).startsWith("en")) {
			return ENGLISH;
		}
		return JAPANESE;
	}

}
