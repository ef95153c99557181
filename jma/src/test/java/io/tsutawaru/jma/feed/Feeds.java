package io.tsutawaru.jma.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Feeds and telegrams for the tests: the real samples of {@code resources/feed}, and
 * feeds written here.
 */
final class Feeds {

	private Feeds() {
	}

	/**
	 * A sample feed with its links on {@code base} (WireMock) and its entries updated
	 * {@code at}.
	 */
	static String sample(String name, String base, Instant at) {
		return text("feed/" + name).replace("http://xml.kishou.go.jp", base)
			.replaceAll("<updated>[^<]*</updated>", "<updated>" + at + "</updated>");
	}

	static byte[] resource(String name) {
		try (InputStream in = Feeds.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(resource(name), StandardCharsets.UTF_8);
	}

	/** One entry of a feed written by a test. */
	record Entry(String id, String title, String href, Instant updated) {

		String xml() {
			return "<entry><title>" + title + "</title><id>" + id + "</id><updated>" + updated + "</updated>"
					+ "<author><name>気象庁</name></author><link href=\"" + href + "\" type=\"application/xml\"/></entry>";
		}

	}

	static String feed(Entry... entries) {
		return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">"
				+ "<title>JMAXML publishing feed</title><updated>" + Instant.now() + "</updated><id>urn:uuid:test</id>"
				+ Arrays.stream(entries).map(Entry::xml).collect(Collectors.joining()) + "</feed>";
	}

}
