package io.tsutawaru.app.sandbox.line;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * LINE's statistics per aggregation unit
 * ({@code GET /v2/bot/insight/message/event/aggregation}) as the sandbox plays it: the
 * residents whose chat page showed a message of the unit are its opens. The unit must
 * follow LINE's naming rule (1 to 30 half-width letters, digits and underscores) and the
 * dates be {@code yyyyMMdd}, from not after to, as LINE checks.
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
@RequestMapping(path = "/sandbox/line", produces = MediaType.APPLICATION_JSON_VALUE)
class SandboxInsightController {

	private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_]{1,30}");

	private static final Pattern DAY = Pattern.compile("\\d{8}");

	private final SandboxLineApiController line;

	private final SandboxOpens opens;

	private final JsonMapper json;

	SandboxInsightController(SandboxLineApiController line, SandboxOpens opens, JsonMapper json) {
		this.line = line;
		this.opens = opens;
		this.json = json;
	}

	@GetMapping("/v2/bot/insight/message/event/aggregation")
	ResponseEntity<String> perUnit(HttpServletRequest request,
			@RequestParam(name = "customAggregationUnit", required = false) String unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return line.handle(request, null, (payload, requestId) -> {
			if (unit == null || !UNIT.matcher(unit).matches() || from == null || to == null
					|| !DAY.matcher(from).matches() || !DAY.matcher(to).matches() || from.compareTo(to) > 0) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST, "Invalid customAggregationUnit, from or to");
			}
			ObjectNode answer = json.createObjectNode();
			answer.putObject("overview")
				.put("uniqueImpression", opens.opened(unit))
				.putNull("uniqueClick")
				.putNull("uniqueMediaPlayed")
				.putNull("uniqueMediaPlayed100Percent");
			answer.putArray("messages");
			answer.putArray("clicks");
			return LineAnswer.ok(answer.toString());
		});
	}

}
