package io.tsutawaru.app.shelter;

import java.util.List;
import java.util.Locale;

import io.tsutawaru.shelters.Shelter;
import io.tsutawaru.text.DocumentText;

import org.springframework.web.util.HtmlUtils;

/**
 * The open shelters as residents read them on the website: a section with a heading, each
 * shelter's name, how crowded it is, its address and a map link; or a sentence that none
 * is open. Written as plain HTML like the notice pages it joins (semantic, no scripts),
 * every text escaped.
 */
final class OpenShelterList {

	private OpenShelterList() {
	}

	static String section(List<Shelter> open, ShelterPageWords words, int headingLevel) {
		String h = "h" + headingLevel;
		StringBuilder html = new StringBuilder("<section class=\"shelters\" aria-labelledby=\"open-shelters\">\n<")
			.append(h)
			.append(" id=\"open-shelters\">")
			.append(esc(words.heading()))
			.append("</")
			.append(h)
			.append(">\n");
		if (open.isEmpty()) {
			return html.append("<p id=\"no-open-shelter\">")
				.append(esc(words.none()))
				.append("</p>\n</section>")
				.toString();
		}
		html.append("<ul class=\"notices\">\n");
		for (Shelter shelter : open) {
			var listed = shelter.listed();
			html.append("<li class=\"shelter\"><strong>")
				.append(esc(listed.name()))
				.append("</strong> — ")
				.append(esc(words.crowding(shelter.crowding())))
				.append("<br>")
				.append(esc(listed.address()))
				.append("<br><a href=\"")
				.append(esc(String.format(Locale.ROOT, "https://www.google.com/maps/search/?api=1&query=%.6f,%.6f",
						listed.latitude(), listed.longitude())))
				.append("\">")
				.append(esc(words.map(listed.name())))
				.append("</a></li>\n");
		}
		return html.append("</ul>\n</section>").toString();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(DocumentText.fit(text), "UTF-8");
	}

}
