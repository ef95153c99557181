package io.tsutawaru.notifier.publishing;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.NoticePageSection;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public website: {@code /notices}, {@code /notices/{id}}, {@code /notices/feed.atom}
 * and the banner data {@code /notices/banner.json} that {@code /notices/banner.js} shows
 * on the city's own homepage.
 */
@RestController
class NoticePagesController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/**
	 * Short, so an emergency shows within seconds while a busy homepage does not call for
	 * every visitor.
	 */
	private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(15)).cachePublic();

	private final PublicNotices notices;

	private final PublicLinks links;

	private final String cityName;

	/**
	 * The city's clock: times on the pages are its wall clock, the banner's emergency is
	 * the one current by it.
	 */
	private final Clock clock;

	private final AttributeCatalog areas;

	/**
	 * What other modules add to a notice's page (the app: the open shelters), see
	 * {@link NoticePageSection}.
	 */
	private final ObjectProvider<NoticePageSection> sections;

	NoticePagesController(PublicNotices notices, PublicLinks links, NotifierProperties properties, Clock clock,
			AttributeCatalog areas, ObjectProvider<NoticePageSection> sections) {
		this.areas = areas;
		this.sections = sections;
		this.notices = notices;
		this.links = links;
		this.cityName = properties.cap().senderName();
		this.clock = clock;
	}

	@GetMapping("/notices")
	ResponseEntity<String> list(@RequestParam(required = false) String lang) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(SHORT)
			.body(NoticePage.list(notices.recent(), PageLanguage.of(lang), cityName, clock.getZone()));
	}

	@GetMapping("/notices/{id:\\d+}")
	ResponseEntity<String> notice(@PathVariable long id, @RequestParam(required = false) String lang) {
		PageLanguage language = PageLanguage.of(lang);
		return notices.notice(id)
			.map(versions -> ResponseEntity.ok()
				.contentType(HTML)
				.cacheControl(SHORT)
				.body(NoticePage.notice(versions, language, cityName, clock.getZone(), areas,
						sections(versions, language))))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(HTML)
				.body(NoticePage.notFound(language)));
	}

	private List<String> sections(List<PublishedNotice> versions, PageLanguage language) {
		PublishedNotice latest = versions.get(versions.size() - 1);
		return sections.orderedStream()
			.map(section -> section.html(latest, language.code))
			.flatMap(Optional::stream)
			.toList();
	}

	@GetMapping("/notices/feed.atom")
	ResponseEntity<String> feed() {
		List<AtomFeed.Entry> entries = notices.recent().stream().map(versions -> {
			PublishedNotice latest = versions.get(versions.size() - 1);
			return new AtomFeed.Entry("urn:tsutawaru:notice:" + latest.noticeId(), latest.headline(null),
					latest.body(null), links.notice(latest.noticeId()).toString(), "text/html", latest.publishedAt());
		}).toList();
		String feed = AtomFeed.write("urn:tsutawaru:notices:" + cityName, cityName + " お知らせ", cityName,
				links.to("/notices/feed.atom").toString(), links.to("/notices").toString(), entries);
		return ResponseEntity.ok().contentType(ATOM).cacheControl(SHORT).body(feed);
	}

	/**
	 * Read by the banner script on the city's homepage, another origin: hence the open
	 * CORS header.
	 */
	@GetMapping("/notices/banner.json")
	ResponseEntity<Map<String, Object>> banner() {
		Map<String, Object> banner = new LinkedHashMap<>();
		notices.currentEmergency(clock.instant()).ifPresentOrElse(emergency -> {
			banner.put("active", true);
			banner.put("cancelled", emergency.type() == PublishedNotice.MessageType.CANCEL);
			banner.put("id", emergency.noticeId());
			banner.put("headline", emergency.headline(null));
			banner.put("url", links.notice(emergency.noticeId()).toString());
			banner.put("exercise", emergency.exercise());
			banner.put("updatedAt", emergency.publishedAt().toString());
		}, () -> banner.put("active", false));
		return ResponseEntity.ok().cacheControl(SHORT).header("Access-Control-Allow-Origin", "*").body(banner);
	}

}
