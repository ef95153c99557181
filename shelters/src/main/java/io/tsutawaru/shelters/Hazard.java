package io.tsutawaru.shelters;

/**
 * The kinds of disaster a shelter is designated for, as the national format's 災害種別
 * columns name them. A shelter suits a hazard only when its list flags it (1): a school
 * on a river bank may be an earthquake shelter and no flood shelter.
 */
public enum Hazard {

	/** 洪水. */
	FLOOD("災害種別_洪水", "hazard_flood"),
	/** 崖崩れ、土石流及び地滑り. */
	SEDIMENT("災害種別_崖崩れ、土石流及び地滑り", "hazard_sediment"),
	/** 高潮. */
	STORM_SURGE("災害種別_高潮", "hazard_storm_surge"),
	/** 地震. */
	EARTHQUAKE("災害種別_地震", "hazard_earthquake"),
	/** 津波. */
	TSUNAMI("災害種別_津波", "hazard_tsunami"),
	/** 大規模な火事. */
	FIRE("災害種別_大規模な火事", "hazard_fire"),
	/** 内水氾濫. */
	INLAND_FLOOD("災害種別_内水氾濫", "hazard_inland_flood"),
	/** 火山現象. */
	VOLCANO("災害種別_火山現象", "hazard_volcano");

	private final String header;

	private final String column;

	Hazard(String header, String column) {
		this.header = header;
		this.column = column;
	}

	/** The column's header in the national format, e.g. {@code 災害種別_洪水}. */
	public String header() {
		return header;
	}

	/** The table's column; a constant, never input, so it may be written into SQL. */
	String column() {
		return column;
	}

}
