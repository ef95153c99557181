package io.tsutawaru.app.sandbox.jma;

import java.time.Instant;
import java.util.List;

/**
 * The sandbox's feeds as JMA writes its PULL feeds: Atom 1.0, one entry per telegram
 * linking to it.
 */
final class SandboxAtom {

	private SandboxAtom() {
	}

	static String feed(String base, String feed, Instant modified, List<SandboxFeeds.Published> entries) {
		StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n")
			.append("  <title>tsutawaru sandbox: JMAXML publishing feed (")
			.append(feed)
			.append(")</title>\n")
			.append("  <updated>")
			.append(modified)
			.append("</updated>\n")
			.append("  <id>urn:tsutawaru:sandbox:jma:")
			.append(feed)
			.append("</id>\n")
			.append("  <link href=\"")
			.append(escape(base))
			.append("/sandbox/jma/feeds/")
			.append(feed)
			.append(".xml\" rel=\"self\"/>\n");
		for (SandboxFeeds.Published entry : entries) {
			atom.append("  <entry>\n    <title>")
				.append(escape(entry.title()))
				.append("</title>\n")
				.append("    <id>urn:uuid:")
				.append(entry.id())
				.append("</id>\n")
				.append("    <updated>")
				.append(entry.updated())
				.append("</updated>\n")
				.append("    <author><name>tsutawaru sandbox</name></author>\n")
				.append("    <link href=\"")
				.append(escape(base))
				.append("/sandbox/jma/telegrams/")
				.append(entry.id())
				.append(".xml\" type=\"application/xml\"/>\n  </entry>\n");
		}
		return atom.append("</feed>\n").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
