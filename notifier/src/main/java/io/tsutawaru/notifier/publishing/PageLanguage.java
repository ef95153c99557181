package io.tsutawaru.notifier.publishing;

import java.util.List;

/** The languages of the public pages, with the few words the pages need in each. */
enum PageLanguage {

	JA("ja", "ja", "日本語", "お知らせ", "詳しい情報", "発表", "更新", "この情報は取り消されました。", "この情報は更新されています。",
			"対象地域", "緊急", "訓練", "お知らせはありません。", "本文へ移動", "CAP 形式"),
	EN("en", "en", "English", "Notices", "More information", "Issued", "Updated", "This notice was cancelled.",
			"This notice has been updated.", "Area", "Emergency", "Exercise", "There are no notices.", "Skip to content",
			"CAP format"),
	EASY_JA("easy-ja", "ja", "やさしい にほんご", "おしらせ", "くわしい じょうほう", "でた とき", "かわった とき", "この おしらせは とりけしました。",
			"この おしらせは かわりました。", "ばしょ", "きんきゅう", "くんれん", "おしらせは ありません。", "ほんぶんへ いどう", "CAP");

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

	PageLanguage(String code, String htmlLang, String name, String notices, String more, String issued, String updated,
			String cancelled, String wasUpdated, String area, String emergency, String exercise, String none, String skip,
			String cap) {
		this.code = code;
		this.htmlLang = htmlLang;
		this.name = name;
		this.notices = notices;
		this.more = more;
		this.issued = issued;
		this.updated = updated;
		this.cancelled = cancelled;
		this.wasUpdated = wasUpdated;
		this.area = area;
		this.emergency = emergency;
		this.exercise = exercise;
		this.none = none;
		this.skip = skip;
		this.cap = cap;
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
