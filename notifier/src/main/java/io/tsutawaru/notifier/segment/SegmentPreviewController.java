package io.tsutawaru.notifier.segment;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Segments;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets staff see how many residents a rule reaches before they send anything. */
@RestController
class SegmentPreviewController {

	private final Segments segments;

	SegmentPreviewController(Segments segments) {
		this.segments = segments;
	}

	@GetMapping("/api/segments/preview")
	@PreAuthorize("hasAnyRole('PR', 'EMERGENCY', 'ADMIN')")
	Audience preview(@RequestParam String rule) {
		return segments.preview(rule);
	}

}
