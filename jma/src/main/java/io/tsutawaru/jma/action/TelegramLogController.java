package io.tsutawaru.jma.action;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tsutawaru.jma.JmaTelegram;
import io.tsutawaru.jma.feed.TelegramLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The telegrams JMA's feeds brought and what the service did with each, for emergency
 * staff and their scripts.
 */
@RestController
@RequestMapping("/api/jma/telegrams")
@PreAuthorize("hasAnyRole('EMERGENCY', 'ADMIN')")
@Tag(name = "JMA telegrams", description = "The Japan Meteorological Agency's telegrams received and what was done "
		+ "with each. For EMERGENCY staff (and ADMIN).")
class TelegramLogController {

	private final TelegramLog log;

	TelegramLogController(TelegramLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "The telegrams received, newest first",
			description = "action is sent, drafted, updated, cancelled or ignored; reason says why one was ignored "
					+ "(a code such as other-areas, below-minimum, exercise-or-test, unreadable, then a detail); "
					+ "noticeId is the notice it sent, drafted, updated or cancelled.")
	@ApiResponse(responseCode = "200", description = "Up to limit telegrams.")
	List<JmaTelegram> recent(
			@Parameter(description = "How many; counts outside 1-1000 are taken as 1 or 1000.") @RequestParam(
					defaultValue = "100") int limit) {
		return log.received(limit);
	}

}
