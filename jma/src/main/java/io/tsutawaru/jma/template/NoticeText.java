package io.tsutawaru.jma.template;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.tsutawaru.jma.telegram.Level;
import io.tsutawaru.jma.telegram.Scale;
import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramArea;
import io.tsutawaru.jma.telegram.TelegramKind;

/**
 * One notice's title and body in one language, from a telegram and the areas a rule
 * matched.
 */
final class NoticeText {

	/**
	 * More areas than this in a title are counted, not named; the body names them all.
	 */
	private static final int AREAS_IN_TITLE = 3;

	private final Telegram telegram;

	private final String language;

	private final ZoneId zone;

	NoticeText(Telegram telegram, String language, ZoneId zone) {
		this.telegram = telegram;
		this.language = language;
		this.zone = zone;
	}

	String title(String key, Level level, List<TelegramArea> areas) {
		return TemplateWords.text(language, key,
				Map.of("level", LevelNames.of(level, language), "areas", areaNames(areas)));
	}

	String body(String key, Level highest, List<TelegramArea> areas, boolean advice) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("time", time(telegram.reportDateTime()));
		values.put("title", telegramTitle());
		values.put("level", LevelNames.of(highest, language));
		values.put("lines", lines(areas) + earthquake());
		values.put("advice", advice ? advice(highest) : "");
		return TemplateWords.text(language, key, values).strip();
	}

	String cancellationReason() {
		return TemplateWords.text(language, "cancel.reason",
				Map.of("time", time(telegram.reportDateTime()), "title", telegramTitle()));
	}

	private String telegramTitle() {
		String key = "telegram." + telegram.kind().map(TelegramKind::name).orElse("");
		return TemplateWords.has(language, key) ? TemplateWords.text(language, key) : telegram.title();
	}

	private String time(OffsetDateTime at) {
		String pattern = TemplateWords.text(language, "time.pattern");
		return at.atZoneSameInstant(zone)
			.format(DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag("en".equals(language) ? "en" : "ja")));
	}

	private String areaNames(List<TelegramArea> areas) {
		List<String> names = areas.stream().map(TelegramArea::name).distinct().toList();
		String separator = TemplateWords.text(language, "areas.separator");
		if (names.size() <= AREAS_IN_TITLE) {
			return String.join(separator, names);
		}
		return TemplateWords.text(language, "areas.more",
				Map.of("areas", String.join(separator, names.subList(0, AREAS_IN_TITLE)), "count",
						String.valueOf(names.size() - AREAS_IN_TITLE)));
	}

	/** One line per area, its levels highest first: 宮城県北部：震度6強, 奈良市：大雨特別警報、洪水警報. */
	private String lines(List<TelegramArea> areas) {
		Map<String, List<Level>> byArea = new LinkedHashMap<>();
		areas.forEach(area -> byArea.computeIfAbsent(area.name(), name -> new ArrayList<>()).add(area.level()));
		String separator = TemplateWords.text(language, "levels.separator");
		return byArea.entrySet()
			.stream()
			.map(entry -> TemplateWords.text(language, "line",
					Map.of("area", entry.getKey(), "levels",
							entry.getValue()
								.stream()
								.sorted(Comparator.comparingInt(Level::rank).reversed())
								.map(level -> LevelNames.of(level, language))
								.distinct()
								.collect(Collectors.joining(separator)))))
			.collect(Collectors.joining("\n"));
	}

	private String earthquake() {
		if (telegram.hypocenter().isEmpty()) {
			return "";
		}
		String key = telegram.magnitude().isEmpty() ? "earthquake.source" : "earthquake.magnitude";
		return "\n" + TemplateWords.text(language, key,
				Map.of("hypocenter", telegram.hypocenter(), "magnitude", telegram.magnitude()));
	}

	private String advice(Level highest) {
		String key = switch (highest.scale()) {
			case INTENSITY -> "advice.earthquake";
			case TSUNAMI -> highest.rank() >= 3 ? "advice.tsunami" : "advice.tsunami.advisory";
			case WEATHER -> highest.rank() >= 3 ? "advice.weather.special" : "advice.weather";
			case LANDSLIDE -> "advice.landslide";
			case FLOOD -> "advice.flood";
			case TORNADO -> "advice.tornado";
			case ERUPTION -> "advice.volcano";
			case OTHER -> "";
		};
		return key.isEmpty() ? "" : TemplateWords.text(language, key);
	}

	/**
	 * Whether a level is serious enough to be sent as an emergency rather than a warning.
	 */
	static boolean emergency(Level level) {
		return switch (level.scale()) {
			case INTENSITY -> level.rank() >= Scale.INTENSITY.rank("震度5弱").orElseThrow();
			case TSUNAMI -> level.rank() >= Scale.TSUNAMI.rank("津波警報").orElseThrow();
			case WEATHER -> level.rank() >= Scale.WEATHER.rank("特別警報").orElseThrow();
			case FLOOD -> level.rank() >= Scale.FLOOD.rank("氾濫危険情報").orElseThrow();
			case LANDSLIDE, ERUPTION -> true;
			case TORNADO, OTHER -> false;
		};
	}

}
