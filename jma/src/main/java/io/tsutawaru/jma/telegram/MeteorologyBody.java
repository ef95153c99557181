package io.tsutawaru.jma.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * The body of weather telegrams ({@code jmx_mete}): {@code Warning/Item}s, each with one
 * or more kinds (大雨警報 and its status 発表/継続/解除) for an area. 指定河川洪水予報 states its levels in
 * the headline; its body's 浸水想定地区 names the towns a flood would reach, which get the
 * telegram's highest level.
 */
final class MeteorologyBody {

	private MeteorologyBody() {
	}

	static void readAreas(Element body, Scale telegramScale, AreaEntries entries) {
		for (Element warning : Xml.children(body, Xml.JMX_METE, "Warning")) {
			String type = Xml.attribute(warning, "type");
			Scale scale = telegramScale != Scale.OTHER ? telegramScale : scaleOf(type);
			for (Element item : Xml.children(warning, Xml.JMX_METE, "Item")) {
				String codeType = AreaEntries.codeTypeOf(item, type);
				for (Element kind : Xml.children(item, Xml.JMX_METE, "Kind")) {
					entries.addKind(scale, Xml.text(kind, Xml.JMX_METE, "Name"), Xml.text(kind, Xml.JMX_METE, "Status"),
							codeType, AreaEntries.areasOf(item));
				}
			}
		}
	}

	/**
	 * Adds the towns of 浸水想定地区 with the highest level the headline gave, when the
	 * telegram is a flood forecast.
	 */
	static void readFloodTowns(Element body, AreaEntries entries) {
		Optional<Level> highest = entries.list()
			.stream()
			.filter(TelegramArea::inForce)
			.map(TelegramArea::level)
			.filter(level -> level.scale() == Scale.FLOOD)
			.max(Comparator.comparingInt(Level::rank));
		if (highest.isEmpty()) {
			return;
		}
		List<Element> areas = Xml.path(body, Xml.JMX_METE, "Warning", "Item", "Areas", "Area");
		for (Element area : areas) {
			String code = Xml.text(area, Xml.JMX_METE, "CityCode");
			String name = Xml.text(area, Xml.JMX_METE, "City");
			if (code.matches("\\d+") && !code.matches("0+")) {
				entries.list()
					.add(new TelegramArea(SeismologyBody.TOWN_CODES, code, name, highest.get(), AreaStatus.ISSUED));
			}
		}
	}

	private static Scale scaleOf(String warningType) {
		if (warningType.startsWith("土砂災害")) {
			return Scale.LANDSLIDE;
		}
		if (warningType.startsWith("竜巻")) {
			return Scale.TORNADO;
		}
		if (warningType.startsWith("指定河川洪水予報")) {
			return Scale.FLOOD;
		}
		return warningType.startsWith("気象") ? Scale.WEATHER : Scale.OTHER;
	}

}
