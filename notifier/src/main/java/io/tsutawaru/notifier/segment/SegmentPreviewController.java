package io.tsutawaru.notifier.segment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Headcount;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.Segments;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets staff see how many residents a rule reaches, per channel and per area, before they
 * send anything.
 */
@RestController
@Tag(name = "Segments", description = "Check a segment rule before sending. For PR and EMERGENCY staff.")
class SegmentPreviewController {

	/**
	 * What {@code rule=area = 北部} answers; the app's StaffApiDocumentTests holds the
	 * example to that.
	 */
	private static final String UNQUOTED_VALUE = """
			{"title": "Invalid segment rule", "status": 400,
			 "detail": "Expected a value in double quotes but found '北部' (at position 7)",
			 "instance": "/api/segments/preview", "position": 7, "code": "EXPECTED", "arguments": ["VALUE", "北部"]}""";

	private final Segments segments;

	SegmentPreviewController(Segments segments) {
		this.segments = segments;
	}

	@GetMapping("/api/segments/preview")
	@PreAuthorize("hasAnyRole('PR', 'EMERGENCY', 'ADMIN')")
	@Operation(summary = "How many residents a segment rule reaches, per channel",
			description = "Nothing is sent. Values are checked against the city's lists of areas, age bands, "
					+ "interests and languages, so a misspelt district is an error rather than nobody.")
	@ApiResponse(responseCode = "200", description = "The audience per channel.")
	@ApiResponse(responseCode = "400", description = "The rule does not parse, names an unknown value, or is larger "
			+ "than a person writes (4,000 characters, 50 conditions, 200 values in a list); the problem's position is "
			+ "the character (from 0) where the first mistake is. Also when rule is missing.",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(name = "unquoted", summary = "rule=area = 北部", value = UNQUOTED_VALUE)))
	Audience preview(@Parameter(
			description = "The rule: all, or conditions on area, age, language and interests "
					+ "joined with and, or, not and parentheses.",
			example = "area in (\"北部\", \"中央\") and \"子育て\" in interests and language = \"ja\"") @RequestParam String rule) {
		return segments.preview(rule);
	}

	@GetMapping("/api/segments/headcount")
	@PreAuthorize("hasAnyRole('PR', 'EMERGENCY', 'ADMIN')")
	@Operation(summary = "Whom a notice to these channels would reach, per channel and per area",
			description = "Nothing is sent. Counted with the delivery plan's own choice of channels per resident (LINE "
					+ "while following; e-mail when the notice goes by e-mail, or on LINE to a resident who blocked the "
					+ "account but confirmed an address), so it is the figure to confirm before sending. Residents who "
					+ "registered no area are one entry with area null.")
	@ApiResponse(responseCode = "200", description = "The head-count per channel, and per area.")
	@ApiResponse(responseCode = "400", description = "The rule does not parse, or a channel is unknown.")
	Headcount headcount(
			@Parameter(description = "The rule, as for the preview.",
					example = "area in (\"中央\", \"南部\") or area is unset") @RequestParam String rule,
			@Parameter(description = "The channels the notice goes to.",
					example = "line,email") @RequestParam(defaultValue = "line,email") List<String> channels) {
		Set<Channel> chosen = new LinkedHashSet<>();
		for (String channel : channels) {
			try {
				chosen.add(Channel.of(channel));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidNoticeException(InvalidNoticeException.Problem.UNKNOWN_VALUE, "channel", -1, "channel",
						channel);
			}
		}
		return segments.headcount(rule, chosen);
	}

}
