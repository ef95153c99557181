package io.tsutawaru.jma.feed;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.tsutawaru.jma.TelegramHeader;

/**
 * Reads the entries of a PULL feed (Atom 1.0). Anything that is not an Atom feed, or not
 * well-formed, is refused as a whole; an entry without an id or a usable link to the
 * feed's own host is skipped. No DTD and no external entity is ever read: the feed comes
 * from the network.
 */
final class AtomEntries {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomEntries() {
	}

	/** One telegram announced by the feed. */
	record Entry(String key, String title, Instant updated, URI link) {
	}

	/** The feed's entries, or the problem that made it unreadable. */
	record Reading(List<Entry> entries, int skipped, String problem) {
	}

	static Reading read(byte[] document, URI feed) {
		List<Entry> entries = new ArrayList<>();
		int skipped = 0;
		XMLStreamReader xml = null;
		try {
			xml = TelegramHeader.open(document);
			xml.nextTag();
			if (!ATOM.equals(xml.getNamespaceURI()) || !"feed".equals(xml.getLocalName())) {
				return new Reading(List.of(), 0, "not an Atom feed");
			}
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && depthOneEntry(xml)) {
					Entry entry = entry(xml, feed);
					if (entry == null) {
						skipped++;
					}
					else {
						entries.add(entry);
					}
				}
			}
			return new Reading(entries, skipped, null);
		}
		catch (XMLStreamException | RuntimeException ex) {
			return new Reading(List.of(), 0, "not well-formed XML: " + ex.getClass().getSimpleName());
		}
		finally {
			TelegramHeader.close(xml);
		}
	}

	private static boolean depthOneEntry(XMLStreamReader xml) {
		return ATOM.equals(xml.getNamespaceURI()) && "entry".equals(xml.getLocalName());
	}

	private static Entry entry(XMLStreamReader xml, URI feed) throws XMLStreamException {
		String id = null;
		String title = null;
		String updated = null;
		String href = null;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (depth == 2 && ATOM.equals(xml.getNamespaceURI())) {
					switch (xml.getLocalName()) {
						case "id" -> {
							id = xml.getElementText().strip();
							depth--;
						}
						case "title" -> {
							title = xml.getElementText().strip();
							depth--;
						}
						case "updated" -> {
							updated = xml.getElementText().strip();
							depth--;
						}
						case "link" -> href = href == null || "alternate".equals(xml.getAttributeValue(null, "rel"))
								? xml.getAttributeValue(null, "href") : href;
						default -> {
						}
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		URI link = link(href, feed);
		if (id == null || id.isEmpty() || id.length() > 500 || link == null) {
			return null;
		}
		return new Entry(id, title == null || title.isEmpty() ? "(no title)" : clip(title, 500), instant(updated),
				link);
	}

	/**
	 * The telegram's address, only on the feed's own scheme, host and port: a feed cannot
	 * send the poller elsewhere.
	 */
	private static URI link(String href, URI feed) {
		if (href == null || href.isBlank() || href.length() > 2000) {
			return null;
		}
		try {
			URI link = feed.resolve(href.strip());
			boolean sameOrigin = feed.getScheme().equalsIgnoreCase(String.valueOf(link.getScheme()))
					&& feed.getHost() != null && feed.getHost().equalsIgnoreCase(link.getHost())
					&& feed.getPort() == link.getPort();
			return sameOrigin ? link : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Instant instant(String updated) {
		try {
			return updated == null ? null : OffsetDateTime.parse(updated).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String clip(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
