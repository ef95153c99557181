package io.tsutawaru.app.shelter;

import io.tsutawaru.shelters.Crowding;

/**
 * The website's words for shelters in the languages of the public pages (Japanese, English, easy Japanese), as the
 * notice pages have them: residents, not staff, read these.
 */
enum ShelterPageWords {

	JA("ja", "ja", "日本語", "開設中の避難所", "いま開設している避難所はありません。市の発表をお待ちください。", "空きあり", "混雑", "満員",
			"{0}の地図", "避難所", "お知らせの一覧", "メインへ移動"),
	EN("en", "en", "English", "Open shelters", "No shelter is open right now. Please wait for the city's announcement.",
			"room available", "crowded", "full", "Map of {0}", "Shelters", "All notices", "Skip to main content"),
	EASY_JA("easy-ja", "ja", "やさしい にほんご", "あいている ひなんじょ", "いま あいている ひなんじょは ありません。しの おしらせを まって ください。",
			"はいれます", "こんでいます", "いっぱいです", "{0}の ちず", "ひなんじょ", "おしらせの いちらん", "ほんぶんへ");

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

	ShelterPageWords(String code, String htmlLang, String name, String heading, String none, String vacant,
			String crowded, String full, String map, String title, String notices, String skip) {
		this.code = code;
		this.htmlLang = htmlLang;
		this.name = name;
		this.heading = heading;
		this.none = none;
		this.vacant = vacant;
		this.crowded = crowded;
		this.full = full;
		this.map = map;
		this.title = title;
		this.notices = notices;
		this.skip = skip;
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
		return map.replace("{0}", shelterName);
	}

	/** The query that keeps this language on a link, empty for Japanese. */
	String query() {
		return this == JA ? "" : "?lang=" + code;
	}

}
