package io.tsutawaru.jma;

import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The little a feed needs to know of a telegram: that it is a JMA report (well-formed XML
 * whose root is {@code Report}), its {@code Control/Title} and {@code Head/InfoKind}, and
 * so which of JMA's PULL feeds carries it. Also the one way this module's feed code and
 * the sandbox read XML from outside: no DTD, no external entity.
 *
 * @param title {@code Control/Title}, or {@code (no title)}
 * @param infoKind {@code Head/InfoKind}, or empty
 */
public record TelegramHeader(String title, String infoKind) {

	/**
	 * JMA's eqvol feed carries earthquakes, tsunamis and volcanoes; extra carries the
	 * rest (weather, landslides, …).
	 */
	private static final Pattern EQVOL = Pattern.compile(".*(震|津波|噴火|火山|降灰).*");

	private static final XMLInputFactory FACTORY = secureFactory();

	/**
	 * Reads the header of a telegram.
	 * @throws IllegalArgumentException when the bytes are not well-formed XML or not a
	 * JMA report, saying which
	 */
	public static TelegramHeader read(byte[] xml) {
		XMLStreamReader reader = null;
		try {
			reader = open(xml);
			reader.nextTag();
			if (!"Report".equals(reader.getLocalName())) {
				throw new IllegalArgumentException(
						"Not a JMA telegram: the root element is " + reader.getLocalName() + ", not Report");
			}
			String title = null;
			String infoKind = null;
			while (reader.hasNext() && (title == null || infoKind == null)) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					if (title == null && "Title".equals(reader.getLocalName())) {
						title = reader.getElementText().strip();
					}
					else if (infoKind == null && "InfoKind".equals(reader.getLocalName())) {
						infoKind = reader.getElementText().strip();
					}
				}
			}
			// Read to the end: a telegram broken after its head is not one.
			while (reader.hasNext()) {
				reader.next();
			}
			return new TelegramHeader(title == null || title.isEmpty() ? "(no title)" : title,
					infoKind == null ? "" : infoKind);
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (ex instanceof IllegalArgumentException refused && refused.getMessage().startsWith("Not a JMA")) {
				throw refused;
			}
			throw new IllegalArgumentException("Not well-formed XML: " + ex.getClass().getSimpleName(), ex);
		}
		finally {
			close(reader);
		}
	}

	/** {@code eqvol} or {@code extra}: the PULL feed JMA publishes this telegram on. */
	public String pullFeed() {
		return EQVOL.matcher(infoKind + title).matches() ? "eqvol" : "extra";
	}

	/** A streaming reader of XML from outside: no DTD is read and no entity resolved. */
	public static XMLStreamReader open(byte[] xml) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
	}

	/** Closes the reader, if any; there is nothing to release beyond the bytes. */
	public static void close(XMLStreamReader reader) {
		try {
			if (reader != null) {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			// Only a byte array to let go of.
		}
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory;
	}

}
