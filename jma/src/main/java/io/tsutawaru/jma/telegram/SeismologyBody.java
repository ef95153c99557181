package io.tsutawaru.jma.telegram;

import java.util.Optional;

import org.w3c.dom.Element;

/**
 * The body of earthquake and tsunami telegrams ({@code jmx_seis}): intensities by area
 * and town ({@code Intensity/Observation}), tsunami warnings by coast
 * ({@code Tsunami/Forecast}), the hypocentre and magnitude.
 */
final class SeismologyBody {

	static final String AREA_CODES = "地震情報／細分区域";

	static final String TOWN_CODES = "気象・地震・火山情報／市町村等";

	static final String COAST_CODES = "津波予報区";

	/**
	 * 震度５弱以上未入電: a town whose intensity meter reported nothing yet after the quake may
	 * have shaken at 5弱 or more.
	 */
	private static final String UNREPORTED_STRONG = "震度5弱以上未入電";

	private SeismologyBody() {
	}

	static void readAreas(Element body, AreaEntries entries) {
		for (Element area : Xml.path(body, Xml.JMX_SEIS, "Intensity", "Observation", "Pref", "Area")) {
			addIntensity(AREA_CODES, area, entries);
			for (Element city : Xml.children(area, Xml.JMX_SEIS, "City")) {
				addIntensity(TOWN_CODES, city, entries);
			}
		}
		for (Element item : Xml.path(body, Xml.JMX_SEIS, "Tsunami", "Forecast", "Item")) {
			addTsunami(item, entries);
		}
	}

	/** The hypocentre's area name, or empty. */
	static String hypocenter(Element body) {
		return Xml.path(body, Xml.JMX_SEIS, "Earthquake", "Hypocenter", "Area")
			.stream()
			.map(area -> Xml.text(area, Xml.JMX_SEIS, "Name"))
			.findFirst()
			.orElse("");
	}

	/**
	 * The magnitude as written (7.0), its description when the value is unknown
	 * (Ｍ８を超える巨大地震), or empty.
	 */
	static String magnitude(Element body) {
		return Xml.path(body, Xml.JMX_SEIS, "Earthquake")
			.stream()
			.flatMap(earthquake -> Xml.children(earthquake, Xml.JMX_EB, "Magnitude").stream())
			.map(magnitude -> "NaN".equals(Xml.text(magnitude)) ? Xml.attribute(magnitude, "description")
					: Xml.text(magnitude))
			.findFirst()
			.orElse("");
	}

	private static void addIntensity(String codeType, Element area, AreaEntries entries) {
		Optional<Level> level = LevelWords.intensity(Xml.text(area, Xml.JMX_SEIS, "MaxInt"));
		if (level.isEmpty() && LevelWords.fold(Xml.text(area, Xml.JMX_SEIS, "Condition")).equals(UNREPORTED_STRONG)) {
			level = LevelWords.intensity("5-");
		}
		level.ifPresent(found -> entries.add(codeType, area, found, AreaStatus.ISSUED));
	}

	private static void addTsunami(Element item, AreaEntries entries) {
		Optional<Element> area = Xml.child(item, Xml.JMX_SEIS, "Area");
		Optional<Element> category = Xml.child(item, Xml.JMX_SEIS, "Category");
		if (area.isEmpty() || category.isEmpty()) {
			return;
		}
		String kind = Xml.path(category.get(), Xml.JMX_SEIS, "Kind")
			.stream()
			.map(found -> Xml.text(found, Xml.JMX_SEIS, "Name"))
			.findFirst()
			.orElse("");
		Optional<Level> level = LevelWords.named(Scale.TSUNAMI, kind);
		level.ifPresent(found -> entries.add(COAST_CODES, area.get(), found, AreaStatus.ISSUED));
		// 警報解除, 津波注意報解除, 津波なし, or a lower class than before (津波注意報 to 津波予報): what was in
		// force
		// before (LastKind) is lifted.
		int now = level.map(Level::rank).orElse(0);
		Xml.children(category.get(), Xml.JMX_SEIS, "LastKind")
			.stream()
			.map(last -> LevelWords.named(Scale.TSUNAMI, Xml.text(last, Xml.JMX_SEIS, "Name")))
			.flatMap(Optional::stream)
			.filter(last -> last.rank() > now)
			.findFirst()
			.ifPresent(lifted -> entries.add(COAST_CODES, area.get(), lifted, AreaStatus.LIFTED));
	}

}
