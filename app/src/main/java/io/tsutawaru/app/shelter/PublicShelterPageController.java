package io.tsutawaru.app.shelter;

import java.time.Duration;

import io.tsutawaru.shelters.Shelters;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public page of open shelters, {@code /shelters} ({@code ?lang=en},
 * {@code ?lang=easy-ja}), beside the notice pages and in their style: what a resident
 * needs during a disaster, readable on a phone and with a screen reader.
 */
@RestController
class PublicShelterPageController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	/** As short as the notice pages': a shelter opened by staff shows within seconds. */
	private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(15)).cachePublic();

	private final Shelters shelters;

	PublicShelterPageController(Shelters shelters) {
		this.shelters = shelters;
	}

	@GetMapping("/shelters")
	ResponseEntity<String> page(@RequestParam(required = false) String lang) {
		ShelterPageWords words = ShelterPageWords.of(lang);
		StringBuilder html = new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"")
			.append(words.htmlLang)
			.append("\">\n<head>\n<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.append(esc(words.heading()))
			.append("</title>\n<link rel=\"stylesheet\" href=\"/notices/notices.css\">\n</head>\n<body>\n")
			.append("<a class=\"skip\" href=\"#main\">")
			.append(esc(words.skip))
			.append("</a>\n<nav aria-label=\"Language\"><ul class=\"languages\">");
		for (ShelterPageWords other : ShelterPageWords.values()) {
			html.append("<li>");
			if (other == words) {
				html.append("<span aria-current=\"true\">").append(esc(other.name)).append("</span>");
			}
			else {
				html.append("<a href=\"/shelters")
					.append(other.query())
					.append("\" lang=\"")
					.append(other.htmlLang)
					.append("\">")
					.append(esc(other.name))
					.append("</a>");
			}
			html.append("</li>");
		}
		html.append("</ul></nav>\n<main id=\"main\">\n<h1>")
			.append(esc(words.title))
			.append("</h1>\n")
			.append(OpenShelterList.section(shelters.open(), words, 2))
			.append("\n<p><a href=\"/notices")
			.append(words.query())
			.append("\">")
			.append(esc(words.notices))
			.append("</a></p>\n</main>\n</body>\n</html>\n");
		return ResponseEntity.ok().contentType(HTML).cacheControl(SHORT).body(html.toString());
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
