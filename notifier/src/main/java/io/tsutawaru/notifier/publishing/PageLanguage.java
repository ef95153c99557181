package io.tsutawaru.notifier.publishing;

import java.util.List;

import io.tsutawaru.notifier.NoticeWords;

/** The languages of the public pages, with the few words the pages need in each. */
enum PageLanguage {

	JA("ja", "ja"), EN("en", "en"), EASY_JA("easy-ja", "ja");

	final String code;

	final String htmlLang;

	final String name;

	final String notices;

	final String more;

	final String issued;

	final String updated;

	final String cancelled;

	final String wasUpdated;

	final String area;

	final String emergency;

	final String exercise;

	final String none;

	final String skip;

	final String cap;

	/**
	 * The words come from {@code notifier/words_<language>.properties} ({@code page.*}),
	 * as every other word residents read from the notifier does (issue 19 item 8): one
	 * place per language, no positional list of strings.
	 */
	PageLanguage(String code, String htmlLang) {
		this.code = code;
		this.htmlLang = htmlLang;
		this.name = word("name");
		this.notices = word("notices");
		this.more = word("more");
		this.issued = word("issued");
		this.updated = word("updated");
		this.cancelled = word("cancelled");
		this.wasUpdated = word("wasUpdated");
		this.area = word("area");
		this.emergency = word("emergency");
		this.exercise = word("exercise");
		this.none = word("none");
		this.skip = word("skip");
		this.cap = word("cap");
	}

	/**
	 * This language's own word ({@code page.<key>}): a page must not fall back to
	 * Japanese words unnoticed.
	 */
	String word(String key) {
		String word = NoticeWords.exact(code, "page." + key);
		if (word == null) {
			throw new IllegalStateException("No page." + key + " in notifier/words_" + code + ".properties");
		}
		return word;
	}

	/** The language named by {@code ?lang=}, Japanese when absent or unknown. */
	static PageLanguage of(String code) {
		for (PageLanguage language : values()) {
			if (language.code.equals(code)) {
				return language;
			}
		}
		return JA;
	}

	/** The translation key of a notice, or null for Japanese (the notice's own text). */
	String translationKey() {
		return this == JA ? null : code;
	}

	static List<PageLanguage> all() {
		return List.of(values());
	}

}
