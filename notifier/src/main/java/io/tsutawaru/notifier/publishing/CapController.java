package io.tsutawaru.notifier.publishing;

import io.tsutawaru.notifier.NoticeNotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public CAP endpoints for aggregators: {@code /cap/{id}.xml} (the notice's latest
 * version), {@code /cap/{id}/{revision}.xml} (one version, which never changes) and
 * {@code /cap/feed.atom}.
 */
@RestController
class CapController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final CapDocuments documents;

	CapController(CapDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/cap/{id:\\d+}.xml")
	ResponseEntity<String> latest(@PathVariable long id) {
		String document = documents.document(id, null).orElseThrow(() -> new NoticeNotFoundException(id));
		// The latest version changes with an update, so aggregators must not keep it
		// long.
		return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache()).body(document);
	}

	@GetMapping("/cap/{id:\\d+}/{revision:\\d+}.xml")
	ResponseEntity<String> version(@PathVariable long id, @PathVariable int revision) {
		String document = documents.document(id, revision).orElseThrow(() -> new NoticeNotFoundException(id));
		return ResponseEntity.ok().contentType(XML).body(document);
	}

	@GetMapping("/cap/feed.atom")
	ResponseEntity<String> feed() {
		return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(documents.feed());
	}

}
