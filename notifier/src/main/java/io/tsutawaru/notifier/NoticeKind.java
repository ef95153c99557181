package io.tsutawaru.notifier;

import java.util.Arrays;

/**
 * What a notice is: an evacuation order, a shelter opening, a weather warning, … The
 * kind, not the free text, says what every channel calls it (CAP {@code event} and
 * {@code category}, the L-Alert category) and how an update or a cancellation of it is
 * worded; the words residents read are in {@code notifier/words_<language>.properties}
 * ({@code kind.<id>}). A new kind (the JMA telegrams' earthquakes, tsunamis, …) is a new
 * constant here and its words there: the channels read only these properties.
 */
public enum NoticeKind {

	/**
	 * Anything else: CAP's category and event come from the notice's topic, L-Alert files
	 * it as お知らせ.
	 */
	GENERAL("general", null, "GeneralInformation"),
	/** 避難指示 (警戒レベル4). */
	EVACUATION_ORDER("evacuation-order", "Safety", "EvacuationOrder"),
	/** 高齢者等避難 (警戒レベル3): a sort of L-Alert's evacuation information. */
	ELDERLY_EVACUATION("elderly-evacuation", "Safety", "EvacuationOrder"),
	/** 避難所開設. */
	SHELTER_OPEN("shelter-open", "Safety", "Shelter"),
	/**
	 * 気象警報 passed on by the city; JMA's own telegrams reach L-Alert directly, the city's
	 * note is お知らせ.
	 */
	WEATHER_WARNING("weather-warning", "Met", "GeneralInformation"),
	/** 断水. */
	WATER_OUTAGE("water-outage", "Infra", "GeneralInformation"),
	// JMA's telegrams (the jma module) reach L-Alert from JMA directly, so the city's
	// notice of them is お知らせ there,
	// as for WEATHER_WARNING; CAP files them by the phenomenon (Geo for the earth, Met
	// for the weather).
	/** 地震 (震度速報, 震源・震度に関する情報). */
	EARTHQUAKE("earthquake", "Geo", "GeneralInformation"),
	/** 津波警報・注意報. */
	TSUNAMI("tsunami", "Geo", "GeneralInformation"),
	/** 噴火速報. */
	VOLCANO("volcano", "Geo", "GeneralInformation"),
	/** 土砂災害警戒情報. */
	LANDSLIDE("landslide", "Geo", "GeneralInformation"),
	/** 指定河川洪水予報. */
	FLOOD("flood", "Met", "GeneralInformation"),
	/** 竜巻注意情報. */
	TORNADO("tornado", "Met", "GeneralInformation");

	private final String id;

	private final String capCategory;

	private final String lalertCategory;

	NoticeKind(String id, String capCategory, String lalertCategory) {
		this.id = id;
		this.capCategory = capCategory;
		this.lalertCategory = lalertCategory;
	}

	/**
	 * The lower-case id used in JSON, forms and the database, e.g.
	 * {@code evacuation-order}.
	 */
	public String id() {
		return id;
	}

	/**
	 * CAP 1.2's {@code category} (Geo, Met, Safety, …), or null when the topic decides
	 * (general notices).
	 */
	public String capCategory() {
		return capCategory;
	}

	/**
	 * The commons category L-Alert files it under: {@code EvacuationOrder},
	 * {@code Shelter}, {@code GeneralInformation}.
	 */
	public String lalertCategory() {
		return lalertCategory;
	}

	/** The kind's name in a language, e.g. 避難指示, Evacuation order, ひなんしじ. */
	public String label(String language) {
		return NoticeWords.text(language, "kind." + id);
	}

	/** The kind with this id. */
	public static NoticeKind of(String id) {
		return Arrays.stream(values())
			.filter(kind -> kind.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown notice kind '" + id + "'"));
	}

}
