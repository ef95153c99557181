package io.tsutawaru.jma.telegram;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of telegram a rule may name, by their {@code Head/InfoKind}, each with the
 * scale of its levels. 震源・震度に関する情報 is {@code InfoKind} 地震情報.
 */
public enum TelegramKind {

	/** 震度速報: the first report of where the ground shook at 震度3 or more. */
	EARTHQUAKE_INTENSITY("震度速報", Scale.INTENSITY),
	/**
	 * 地震情報 (震源・震度に関する情報 and its kin): hypocentre, magnitude and intensities by area and
	 * town.
	 */
	EARTHQUAKE_INFORMATION("地震情報", Scale.INTENSITY),
	/** 津波警報・注意報・予報. */
	TSUNAMI_WARNING("津波警報・注意報・予報", Scale.TSUNAMI),
	/** 気象警報・注意報, 気象特別警報 included. */
	WEATHER_WARNING("気象警報・注意報", Scale.WEATHER),
	/** 土砂災害警戒情報. */
	LANDSLIDE_ALERT("土砂災害警戒情報", Scale.LANDSLIDE),
	/** 指定河川洪水予報. */
	RIVER_FLOOD_FORECAST("指定河川洪水予報", Scale.FLOOD),
	/** 竜巻注意情報. */
	TORNADO_ALERT("竜巻注意情報", Scale.TORNADO),
	/** 噴火速報. */
	ERUPTION_FLASH("噴火速報", Scale.ERUPTION);

	private final String infoKind;

	private final Scale scale;

	TelegramKind(String infoKind, Scale scale) {
		this.infoKind = infoKind;
		this.scale = scale;
	}

	/** The {@code Head/InfoKind} of this kind's telegrams, as rules name it. */
	public String infoKind() {
		return infoKind;
	}

	/** The ladder of this kind's levels. */
	public Scale scale() {
		return scale;
	}

	/** The kind a {@code Head/InfoKind} names, or empty for kinds rules cannot name. */
	public static Optional<TelegramKind> of(String infoKind) {
		return Arrays.stream(values()).filter(kind -> kind.infoKind.equals(infoKind)).findFirst();
	}

}
