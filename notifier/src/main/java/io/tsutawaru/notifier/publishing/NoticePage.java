package io.tsutawaru.notifier.publishing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.text.DocumentText;
import io.tsutawaru.text.WebAddress;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The HTML of the public pages: semantic, small, readable on a phone and with a screen
 * reader, without scripts. Text comes from staff and is always escaped.
 */
final class NoticePage {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	private NoticePage() {
	}

	/** The list of notices, newest first: each with its latest version. */
	static String list(List<List<PublishedNotice>> notices, PageLanguage language, String cityName, ZoneId zone) {
		StringBuilder html = start(language, language.notices + " | " + cityName, "/notices");
		html.append("<h1>").append(esc(cityName)).append(" ").append(esc(language.notices)).append("</h1>\n");
		if (notices.isEmpty()) {
			html.append("<p>").append(esc(language.none)).append("</p>\n");
		}
		html.append("<ul class=\"notices\">\n");
		for (List<PublishedNotice> versions : notices) {
			PublishedNotice latest = versions.get(versions.size() - 1);
			html.append("<li class=\"")
				.append(kind(latest))
				.append("\"><a href=\"/notices/")
				.append(latest.noticeId())
				.append(query(language))
				.append("\">")
				.append(esc(latest.headline(language.translationKey())))
				.append("</a> ")
				.append(time(versions.get(0).publishedAt(), zone))
				.append("</li>\n");
		}
		html.append("</ul>\n<p><a href=\"/notices/feed.atom\">Atom</a></p>\n");
		return end(html);
	}

	/** One notice: its latest version, with marks for an update or a cancellation. */
	static String notice(List<PublishedNotice> versions, PageLanguage language, String cityName, ZoneId zone,
			AttributeCatalog areas, List<String> sections) {
		PublishedNotice latest = versions.get(versions.size() - 1);
		String key = language.translationKey();
		String headline = latest.headline(key);
		StringBuilder html = start(language, headline + " | " + cityName, "/notices/" + latest.noticeId());
		html.append("<article class=\"").append(kind(latest)).append("\">\n");
		if (latest.content().severity() == Severity.EMERGENCY && latest.type() != MessageType.CANCEL) {
			html.append("<p class=\"label\" role=\"alert\">").append(esc(language.emergency)).append("</p>\n");
		}
		html.append("<h1>").append(esc(headline)).append("</h1>\n");
		if (latest.type() == MessageType.CANCEL) {
			html.append("<p class=\"state\"><strong>").append(esc(language.cancelled)).append("</strong></p>\n");
		}
		else if (latest.type() == MessageType.UPDATE) {
			html.append("<p class=\"state\">").append(esc(language.wasUpdated)).append("</p>\n");
		}
		html.append("<p class=\"meta\">")
			.append(esc(language.issued))
			.append(" ")
			.append(time(versions.get(0).publishedAt(), zone));
		if (versions.size() > 1) {
			html.append(" / ").append(esc(language.updated)).append(" ").append(time(latest.publishedAt(), zone));
		}
		html.append("</p>\n");
		for (String paragraph : latest.body(key).split("\\R+")) {
			html.append("<p>").append(esc(paragraph)).append("</p>\n");
		}
		if (!latest.content().areaNames().isEmpty()) {
			String names = latest.content()
				.areaNames()
				.stream()
				.map(area -> areas.areaName(area, language.code))
				.collect(Collectors.joining(NoticeWords.text(language.code, "areas.separator")));
			html.append("<p>").append(esc(language.area)).append(": ").append(esc(names)).append("</p>\n");
		}
		// Only a web address becomes a link, whatever was stored: a javascript: link
		// would run in residents' browsers.
		if (WebAddress.isWebAddress(latest.content().link())) {
			html.append("<p><a href=\"")
				.append(esc(latest.content().link()))
				.append("\">")
				.append(esc(language.more))
				.append("</a></p>\n");
		}
		if (latest.content().channels().contains(Channel.CAP)) {
			html.append("<p class=\"meta\"><a href=\"/cap/")
				.append(latest.noticeId())
				.append(".xml\">")
				.append(esc(language.cap))
				.append("</a></p>\n");
		}
		// Other modules' sections (the open shelters): HTML they escaped themselves, see
		// NoticePageSection.
		sections.forEach(section -> html.append(section).append('\n'));
		html.append("</article>\n<p><a href=\"/notices")
			.append(query(language))
			.append("\">")
			.append(esc(language.notices))
			.append("</a></p>\n");
		return end(html);
	}

	/** A page for a notice that does not exist (or is not on the website). */
	static String notFound(PageLanguage language) {
		StringBuilder html = start(language, language.notices, "/notices");
		html.append("<h1>404</h1>\n<p><a href=\"/notices")
			.append(query(language))
			.append("\">")
			.append(esc(language.notices))
			.append("</a></p>\n");
		return end(html);
	}

	static StringBuilder start(PageLanguage language, String title, String path) {
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(language.htmlLang)
			.append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.append(esc(title))
			.append("</title>\n<link rel=\"stylesheet\" href=\"/notices/notices.css\">\n")
			.append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/notices/feed.atom\">\n</head>\n<body>\n")
			.append("<a class=\"skip\" href=\"#main\">")
			.append(esc(language.skip))
			.append("</a>\n<nav aria-label=\"Language\"><ul class=\"languages\">");
		for (PageLanguage other : PageLanguage.all()) {
			html.append("<li>");
			if (other == language) {
				html.append("<span aria-current=\"true\">").append(esc(other.name)).append("</span>");
			}
			else {
				html.append("<a href=\"")
					.append(path)
					.append(query(other))
					.append("\" lang=\"")
					.append(other.htmlLang)
					.append("\">")
					.append(esc(other.name))
					.append("</a>");
			}
			html.append("</li>");
		}
		return html.append("</ul></nav>\n<main id=\"main\">\n");
	}

	static String end(StringBuilder html) {
		return html.append("</main>\n</body>\n</html>\n").toString();
	}

	private static String kind(PublishedNotice notice) {
		return notice.type() == MessageType.CANCEL ? "cancelled" : notice.content().severity().name().toLowerCase();
	}

	static String query(PageLanguage language) {
		return language == PageLanguage.JA ? "" : "?lang=" + language.code;
	}

	/**
	 * On the city's wall clock ({@code zone}); the machine-readable attribute is the
	 * exact instant.
	 */
	private static String time(Instant instant, ZoneId zone) {
		return "<time datetime=\"" + instant + "\">" + SHOWN.format(instant.atZone(zone)) + "</time>";
	}

	static String esc(String text) {
		return htmlEscape(DocumentText.fit(text), "UTF-8");
	}

}
