package io.tsutawaru.jma.telegram;

import org.w3c.dom.Element;

/**
 * The areas of {@code Head/Headline/Information}: every report's summary, read when the
 * body holds no areas with levels of its own (指定河川洪水予報, 震源に関する情報, kinds this parser has
 * no body reader for).
 */
final class HeadlineAreas {

	private HeadlineAreas() {
	}

	static void read(Element headline, Scale scale, AreaEntries entries) {
		for (Element information : Xml.children(headline, Xml.JMX_IB, "Information")) {
			String type = Xml.attribute(information, "type");
			for (Element item : Xml.children(information, Xml.JMX_IB, "Item")) {
				String codeType = AreaEntries.codeTypeOf(item, type);
				for (Element kind : Xml.children(item, Xml.JMX_IB, "Kind")) {
					entries.addKind(scale, Xml.text(kind, Xml.JMX_IB, "Name"), Xml.text(kind, Xml.JMX_IB, "Condition"),
							codeType, AreaEntries.areasOf(item));
				}
			}
		}
	}

}
