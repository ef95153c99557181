package io.tsutawaru.app.sandbox.jma;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * JMA's PULL feeds, played by the sandbox: {@code POST /sandbox/jma/telegrams} publishes
 * a telegram, the feeds ({@code /sandbox/jma/feeds/extra.xml}, {@code eqvol.xml}) list it
 * with Last-Modified and answer If-Modified-Since with 304 like JMA's, and each entry
 * links to the telegram. The service's poller reads them every second.
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
@RequestMapping("/sandbox/jma")
class SandboxJmaController {

	/** JMA's telegrams are far smaller; the parser refuses more than this anyway. */
	private static final int MAX_BYTES = 4 * 1024 * 1024;

	private final SandboxFeeds feeds;

	SandboxJmaController(SandboxFeeds feeds) {
		this.feeds = feeds;
	}

	@PostMapping(path = "/telegrams", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> publish(@RequestBody(required = false) byte[] xml) {
		if (xml != null && xml.length > MAX_BYTES) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
					"A telegram is at most " + MAX_BYTES + " bytes");
		}
		PostedTelegram telegram = PostedTelegram.read(xml);
		SandboxFeeds.Published published = feeds.publish(telegram.feed(), telegram.title(), xml);
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/sandbox/jma/telegrams/{id}.xml")
			.buildAndExpand(published.id())
			.toUri();
		return ResponseEntity.created(location)
			.body(Map.of("id", published.id(), "feed", published.feed(), "title", published.title()));
	}

	@GetMapping(path = "/feeds/{feed:extra|eqvol}.xml")
	ResponseEntity<String> feed(@PathVariable String feed, WebRequest request) {
		Instant modified = feeds.lastModified(feed).orElse(Instant.EPOCH);
		if (request.checkNotModified(modified.toEpochMilli())) {
			return null;
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return ResponseEntity.ok()
			.lastModified(modified)
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(SandboxAtom.feed(base, feed, modified, feeds.entries(feed)));
	}

	@GetMapping(path = "/telegrams/{id}.xml")
	ResponseEntity<byte[]> telegram(@PathVariable String id) {
		return feeds.telegram(id)
			.map(published -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(published.xml()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No telegram " + id));
	}

	/** What is on the feeds now, newest first: for people trying the sandbox. */
	@GetMapping(path = "/telegrams", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, String>> published() {
		return List.of("eqvol", "extra")
			.stream()
			.flatMap(feed -> feeds.entries(feed).stream())
			.sorted((a, b) -> b.updated().compareTo(a.updated()))
			.map(entry -> Map.of("id", entry.id(), "feed", entry.feed(), "title", entry.title(), "updated",
					entry.updated().toString(), "bytes", String.valueOf(entry.xml().length)))
			.toList();
	}

}
