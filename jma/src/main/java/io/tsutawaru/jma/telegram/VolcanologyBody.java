package io.tsutawaru.jma.telegram;

import org.w3c.dom.Element;

/**
 * The body of volcano telegrams ({@code jmx_volc}): {@code VolcanoInfo/Item}s naming the
 * volcano (火山名) and the towns concerned (市町村等) with the phenomenon (噴火).
 */
final class VolcanologyBody {

	private VolcanologyBody() {
	}

	static void readAreas(Element body, Scale telegramScale, AreaEntries entries) {
		for (Element info : Xml.children(body, Xml.JMX_VOLC, "VolcanoInfo")) {
			String type = Xml.attribute(info, "type");
			Scale scale = telegramScale != Scale.OTHER ? telegramScale
					: type.startsWith("噴火速報") ? Scale.ERUPTION : Scale.OTHER;
			for (Element item : Xml.children(info, Xml.JMX_VOLC, "Item")) {
				String codeType = AreaEntries.codeTypeOf(item, type);
				for (Element kind : Xml.children(item, Xml.JMX_VOLC, "Kind")) {
					entries.addKind(scale, Xml.text(kind, Xml.JMX_VOLC, "Name"), "", codeType,
							AreaEntries.areasOf(item));
				}
			}
		}
	}

}
