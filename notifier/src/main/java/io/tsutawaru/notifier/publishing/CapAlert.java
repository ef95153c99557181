package io.tsutawaru.notifier.publishing;

import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.text.DocumentText;

/**
 * Writes one CAP 1.2 alert message for one published version of a notice: one
 * {@code info} block per language the notice is written in, the area by name and JIS X
 * 0402 code, and for an update or cancellation the references to every earlier version.
 */
final class CapAlert {

	static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private CapAlert() {
	}

	/**
	 * @param version the version to write
	 * @param earlier the versions published before it, oldest first
	 * @param page the public page of the notice
	 */
	static String write(PublishedNotice version, List<PublishedNotice> earlier, CapIdentifiers ids, URI page,
			AttributeCatalog areas) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("alert");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "identifier", ids.of(version.noticeId(), version.revision()));
			element(xml, "sender", ids.sender());
			element(xml, "sent", CapTime.format(version.publishedAt()));
			element(xml, "status", status(version.content().status()));
			element(xml, "msgType", switch (version.type()) {
				case ALERT -> "Alert";
				case UPDATE -> "Update";
				case CANCEL -> "Cancel";
			});
			element(xml, "scope", "Public");
			if (version.reason() != null) {
				// Why a cancellation was sent, for the aggregator's staff as well as for
				// its readers.
				element(xml, "note", version.reason());
			}
			if (!earlier.isEmpty()) {
				List<String> references = new ArrayList<>();
				earlier.forEach(e -> references.add(ids.reference(e)));
				element(xml, "references", String.join(" ", references));
			}
			for (Map.Entry<String, String> language : languages(version.content()).entrySet()) {
				info(xml, version, language.getKey(), language.getValue(), ids, page, areas);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the CAP document", ex);
		}
		return out.toString();
	}

	private static void info(XMLStreamWriter xml, PublishedNotice version, String language, String capLanguage,
			CapIdentifiers ids, URI page, AttributeCatalog areas) throws XMLStreamException {
		NoticeDraft content = version.content();
		boolean japanese = "ja".equals(language);
		xml.writeStartElement("info");
		element(xml, "language", capLanguage);
		CapEvent event = CapEvent.of(version, language);
		element(xml, "category", event.category());
		element(xml, "event", event.event());
		if (event.responseType() != null) {
			element(xml, "responseType", event.responseType());
		}
		element(xml, "urgency", event.urgency());
		element(xml, "severity", event.severity());
		element(xml, "certainty", event.certainty());
		if (content.expiresAt() != null) {
			element(xml, "expires", CapTime.format(content.expiresAt()));
		}
		element(xml, "senderName", ids.senderName());
		element(xml, "headline", version.headline(japanese ? null : language));
		element(xml, "description", version.body(japanese ? null : language));
		element(xml, "web", japanese ? page.toString() : page + "?lang=" + language);
		area(xml, content, ids, language, areas);
		xml.writeEndElement();
	}

	/**
	 * The area by name in the block's language (the city when none is given) with one
	 * geocode per JIS X 0402 code.
	 */
	private static void area(XMLStreamWriter xml, NoticeDraft content, CapIdentifiers ids, String language,
			AttributeCatalog areas) throws XMLStreamException {
		xml.writeStartElement("area");
		element(xml, "areaDesc",
				content.areaNames().isEmpty() ? ids.senderName()
						: content.areaNames()
							.stream()
							.map(area -> areas.areaName(area, language))
							.collect(Collectors.joining(NoticeWords.text(language, "areas.separator"))));
		for (String code : content.areaCodes()) {
			xml.writeStartElement("geocode");
			element(xml, "valueName", "JIS X 0402");
			element(xml, "value", code);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	/** Japanese first, then each translation, with CAP's RFC 3066 language tags. */
	private static Map<String, String> languages(NoticeDraft content) {
		Map<String, String> languages = new LinkedHashMap<>();
		languages.put("ja", "ja-JP");
		content.translations()
			.keySet()
			.stream()
			.sorted()
			.forEach(language -> languages.put(language, switch (language) {
				case "en" -> "en-US";
				case "easy-ja" -> "ja-JP-x-easy";
				default -> language;
			}));
		return languages;
	}

	private static String status(AlertStatus status) {
		return switch (status) {
			case ACTUAL -> "Actual";
			case EXERCISE -> "Exercise";
			case TEST -> "Test";
		};
	}

	/**
	 * Text is made fit for XML here, whatever was stored: a document must never be
	 * unreadable.
	 */
	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(DocumentText.fit(text));
		xml.writeEndElement();
	}

}
