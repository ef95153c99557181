package io.tsutawaru.app.sandbox.jma;

import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the sandbox needs to know of a telegram posted to it: that it is a JMA report (well-formed XML whose root is
 * {@code Report}), its {@code Control/Title} for the feed entry, and which feed JMA would put it on. Reading what it
 * says is the service's job, through the feed, exactly as for JMA's own telegrams.
 */
record PostedTelegram(String title, String feed) {

	/** JMA's eqvol feed carries earthquakes, tsunamis and volcanoes; extra carries the rest (weather, landslides, …). */
	private static final Pattern EQVOL = Pattern.compile(".*(震|津波|噴火|火山|降灰|地震).*");

	private static final XMLInputFactory FACTORY = factory();

	static PostedTelegram read(byte[] xml) {
		if (xml == null || xml.length == 0) {
			throw bad("The body must be one telegram's XML");
		}
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
			reader.nextTag();
			if (!"Report".equals(reader.getLocalName())) {
				throw bad("Not a JMA telegram: the root element is " + reader.getLocalName() + ", not Report");
			}
			String title = null;
			String infoKind = null;
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					String name = reader.getLocalName();
					if (title == null && "Title".equals(name)) {
						title = reader.getElementText().strip();
					}
					else if (infoKind == null && "InfoKind".equals(name)) {
						infoKind = reader.getElementText().strip();
					}
				}
			}
			String shown = title == null || title.isEmpty() ? "(no title)" : title;
			String kind = (infoKind == null ? "" : infoKind) + shown;
			return new PostedTelegram(shown.length() > 200 ? shown.substring(0, 200) : shown,
					EQVOL.matcher(kind).matches() ? "eqvol" : "extra");
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (ex instanceof ResponseStatusException refused) {
				throw refused;
			}
			throw bad("Not well-formed XML: " + ex.getClass().getSimpleName());
		}
		finally {
			close(reader);
		}
	}

	private static ResponseStatusException bad(String detail) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
	}

	private static void close(XMLStreamReader reader) {
		try {
			if (reader != null) {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			// Only a byte array to let go of.
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory;
	}

}
