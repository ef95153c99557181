package io.tsutawaru.notifier.publishing;

import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.text.DocumentText;

/**
 * The body of a commons XML report, in the schema of its category: L-Alert shows an
 * evacuation order in its list of evacuation information only when it comes as one (避難情報:
 * the sort, 発令, the areas), and a shelter opening among shelters. The text staff wrote
 * goes into the category's free text (ComplementaryInfo, Description). The body of a
 * cancellation says nothing is issued: its text is the cancellation and it lists no sort,
 * so that no reader of the body alone takes it for a new order.
 */
final class CommonsBody {

	static final String GENERAL_INFORMATION = "http://xml.publiccommons.ne.jp/pcxml1/body/GeneralInformation3";

	static final String EVACUATION = "http://xml.publiccommons.ne.jp/pcxml1/body/evacuation3";

	static final String SHELTER = "http://xml.publiccommons.ne.jp/pcxml1/body/shelter3";

	private CommonsBody() {
	}

	static void write(XMLStreamWriter xml, PublishedNotice version, String cityName, String page)
			throws XMLStreamException {
		switch (version.content().kind().lalertCategory()) {
			case "EvacuationOrder" -> evacuation(xml, version, cityName);
			case "Shelter" -> shelter(xml, version);
			default -> general(xml, version, page);
		}
	}

	private static void general(XMLStreamWriter xml, PublishedNotice version, String page) throws XMLStreamException {
		start(xml, "pcx_gi", "Body", GENERAL_INFORMATION);
		xml.writeStartElement("pcx_gi", "Information", GENERAL_INFORMATION);
		text(xml, GENERAL_INFORMATION, "Title", version.headline(null));
		text(xml, GENERAL_INFORMATION, "Description", version.body(null));
		text(xml, GENERAL_INFORMATION, "URI", page);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/**
	 * 避難情報: one detail of the kind's sort (避難指示, 高齢者等避難), issued for the notice's areas.
	 */
	private static void evacuation(XMLStreamWriter xml, PublishedNotice version, String cityName)
			throws XMLStreamException {
		start(xml, "pcx_ev", "EvacuationOrder", EVACUATION);
		disaster(xml, version);
		text(xml, EVACUATION, "ComplementaryInfo", version.body(null));
		if (version.type() != MessageType.CANCEL) {
			xml.writeStartElement("pcx_ev", "Detail", EVACUATION);
			text(xml, EVACUATION, "Sort", version.content().kind().label("ja"));
			text(xml, EVACUATION, "IssueOrLift", "発令");
			xml.writeStartElement("pcx_ev", "Areas", EVACUATION);
			List<String> areas = version.content().areaNames().isEmpty() ? List.of(cityName)
					: version.content().areaNames();
			for (String area : areas) {
				xml.writeStartElement("pcx_ev", "Area", EVACUATION);
				xml.writeStartElement("pcx_eb", "Location", CommonsEdxl.ELEMENT_BASIS);
				text(xml, CommonsEdxl.COMMONS, "areaName", area);
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	/**
	 * 避難所情報: the notice names areas, not shelters, so the shelters themselves are in its
	 * text.
	 */
	private static void shelter(XMLStreamWriter xml, PublishedNotice version) throws XMLStreamException {
		start(xml, "pcx_sh", "Shelter", SHELTER);
		disaster(xml, version);
		text(xml, SHELTER, "ComplementaryInfo", version.body(null));
		xml.writeEndElement();
	}

	private static void disaster(XMLStreamWriter xml, PublishedNotice version) throws XMLStreamException {
		xml.writeStartElement("pcx_eb", "Disaster", CommonsEdxl.ELEMENT_BASIS);
		text(xml, CommonsEdxl.ELEMENT_BASIS, "DisasterName", version.headline(null));
		xml.writeEndElement();
	}

	private static void start(XMLStreamWriter xml, String prefix, String name, String namespace)
			throws XMLStreamException {
		xml.writeStartElement(prefix, name, namespace);
		xml.writeNamespace(prefix, namespace);
	}

	/**
	 * Text is made fit for XML here, whatever was stored: a document must never be
	 * unreadable.
	 */
	private static void text(XMLStreamWriter xml, String namespace, String name, String value)
			throws XMLStreamException {
		xml.writeStartElement(namespace, name);
		xml.writeCharacters(DocumentText.fit(value));
		xml.writeEndElement();
	}

}
