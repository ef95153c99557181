package io.tsutawaru.jma.template;

import java.util.List;
import java.util.Map;

import io.tsutawaru.jma.telegram.Level;

/**
 * A level's name in a language. Japanese and easy Japanese keep JMA's word (震度6強,
 * 大雨特別警報), which residents know from television; English uses JMA's own English names.
 */
final class LevelNames {

	private static final List<String> INTENSITY = List.of("1", "2", "3", "4", "5 Lower", "5 Upper", "6 Lower",
			"6 Upper", "7");

	private static final List<String> TSUNAMI = List.of("Tsunami Forecast", "Tsunami Advisory", "Tsunami Warning",
			"Major Tsunami Warning");

	private static final List<String> WEATHER = List.of("Advisory", "Warning", "Emergency Warning");

	private static final List<String> FLOOD = List.of("Flood Advisory (level 2)", "Flood Warning (level 3)",
			"Flood Danger Warning (level 4)", "Flooding Occurred (level 5)");

	/** JMA's English names of the phenomena of weather warnings. */
	private static final Map<String, String> PHENOMENA = Map.ofEntries(Map.entry("大雨", "Heavy Rain"),
			Map.entry("洪水", "Flood"), Map.entry("暴風", "Storm"), Map.entry("暴風雪", "Snowstorm"),
			Map.entry("大雪", "Heavy Snow"), Map.entry("波浪", "High Wave"), Map.entry("高潮", "Storm Surge"),
			Map.entry("強風", "Gale"), Map.entry("風雪", "Wind and Snow"), Map.entry("雷", "Thunderstorm"),
			Map.entry("融雪", "Snowmelt"), Map.entry("濃霧", "Dense Fog"), Map.entry("乾燥", "Dry Air"),
			Map.entry("なだれ", "Avalanche"), Map.entry("低温", "Low Temperature"), Map.entry("霜", "Frost"),
			Map.entry("着氷", "Icing"), Map.entry("着雪", "Snow Accretion"));

	private LevelNames() {
	}

	static String of(Level level, String language) {
		return "en".equals(language) ? english(level) : level.name();
	}

	private static String english(Level level) {
		int index = level.rank() - 1;
		return switch (level.scale()) {
			case INTENSITY -> "Seismic Intensity " + INTENSITY.get(index);
			case TSUNAMI -> TSUNAMI.get(index);
			case WEATHER -> weather(level, WEATHER.get(index));
			case FLOOD -> FLOOD.get(index);
			case LANDSLIDE -> "Landslide Alert";
			case TORNADO -> "Tornado Alert";
			case ERUPTION -> "Eruption Flash";
			case OTHER -> level.name();
		};
	}

	private static String weather(Level level, String englishClass) {
		String english = level.name().endsWith(level.word())
				? PHENOMENA.get(level.name().substring(0, level.name().length() - level.word().length())) : null;
		return english == null ? "Weather " + englishClass + " (" + level.name() + ")" : english + " " + englishClass;
	}

}
