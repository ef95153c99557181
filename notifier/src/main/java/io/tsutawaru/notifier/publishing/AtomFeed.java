package io.tsutawaru.notifier.publishing;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import io.tsutawaru.text.DocumentText;

/**
 * A small Atom 1.0 (RFC 4287) writer for the notices feed and the CAP feed. Both are read
 * by machines (feed readers, CAP aggregators), so the feed carries only what Atom
 * requires plus the links they follow.
 */
final class AtomFeed {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private AtomFeed() {
	}

	/**
	 * One entry.
	 *
	 * @param id a permanent IRI of the entry
	 * @param title the headline
	 * @param summary a short text, or null
	 * @param link where the entry's content is
	 * @param linkType the media type of the link, e.g. {@code application/cap+xml}, or
	 * null
	 * @param updated when the entry last changed
	 */
	record Entry(String id, String title, String summary, String link, String linkType, Instant updated) {
	}

	/**
	 * Writes the feed; {@code self} is the feed's own URL and {@code updated} falls back
	 * to now when empty.
	 */
	static String write(String id, String title, String author, String self, String alternate, List<Entry> entries) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			text(xml, "id", id);
			text(xml, "title", title);
			Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
			text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
			xml.writeStartElement("author");
			text(xml, "name", author);
			xml.writeEndElement();
			link(xml, "self", self, "application/atom+xml");
			link(xml, "alternate", alternate, "text/html");
			for (Entry entry : entries) {
				xml.writeStartElement("entry");
				text(xml, "id", entry.id());
				text(xml, "title", entry.title());
				text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(entry.updated()));
				link(xml, "alternate", entry.link(), entry.linkType());
				if (entry.summary() != null) {
					text(xml, "summary", entry.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
		return out.toString();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", DocumentText.fit(href));
		if (type != null) {
			xml.writeAttribute("type", type);
		}
	}

	/**
	 * Text is made fit for XML here, whatever was stored: one unfit title would make the
	 * whole feed unreadable.
	 */
	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(DocumentText.fit(value));
		xml.writeEndElement();
	}

}
