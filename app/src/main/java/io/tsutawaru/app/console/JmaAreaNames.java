package io.tsutawaru.app.console;

import java.util.List;
import java.util.Map;

import io.tsutawaru.jma.JmaTelegramKind;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The names of the JMA area codes a city's rules use ({@code tsutawaru.jma.areas.
 *
<table>
 * .<code>=<name>}), so that staff read 宮城県北部 rather than 220 on the console's JMA page.
 * JMA's code tables overlap (220 is the earthquake area 宮城県北部 and the tsunami area 宮城県),
 * so names are kept per table: earthquake, tsunami, weather (市町村等, also used by
 * landslide, tornado and eruption telegrams) and river.
 *
 * @param areas per table, each code's name
 */
@ConfigurationProperties("tsutawaru.jma")
record JmaAreaNames(Map<String, Map<String, String>> areas) {

	JmaAreaNames {
		areas = areas == null ? Map.of() : Map.copyOf(areas);
	}

	/** One code with its name, or a null name when the city did not name it. */
	record NamedArea(String code, String name) {
	}

	/**
	 * The codes of a rule, each with its name in the table of the rule's kind of
	 * telegram.
	 */
	public List<NamedArea> named(String infoKind, List<String> codes) {
		Map<String, String> names = table(infoKind);
		return codes.stream().map(code -> new NamedArea(code, names.get(code))).toList();
	}

	/**
	 * Every named area of the table the kind's telegrams use, for the form's list of
	 * areas to choose from.
	 */
	public Map<String, String> table(String infoKind) {
		String table = JmaTelegramKind.all()
			.stream()
			.filter(kind -> kind.infoKind().equals(infoKind))
			.findFirst()
			.map(kind -> tableOf(kind.scale()))
			.orElse("");
		return areas.getOrDefault(table, Map.of());
	}

	private static String tableOf(String scale) {
		return switch (scale) {
			case "intensity" -> "earthquake";
			case "tsunami" -> "tsunami";
			case "flood" -> "river";
			default -> "weather";
		};
	}

}
