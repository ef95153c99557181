package io.tsutawaru.notifier.safety;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tsutawaru.notifier.Responses;
import io.tsutawaru.notifier.SafetyAnswers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The answers to a notice that asks, for emergency staff and the tools they use. */
@RestController
@PreAuthorize("hasAnyRole('EMERGENCY', 'ADMIN')")
@Tag(name = "Notices")
class ResponsesController {

	private final SafetyAnswers answers;

	ResponsesController(SafetyAnswers answers) {
		this.answers = answers;
	}

	@GetMapping("/api/notices/{id}/responses")
	@Operation(summary = "The residents' answers to a notice that asks (confirmation acknowledge or safety)",
			description = "asked: residents the notice reaches, as its segment counts them now; acknowledged, safe, "
					+ "needHelp: who answered what (a second answer replaces the first, never counts twice); noAnswer: "
					+ "asked and not answered; byArea: the same per registered area (unset: none registered). All "
					+ "zero before the notice is published. For EMERGENCY staff and ADMIN.")
	@ApiResponse(responseCode = "200", description = "The tally.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	Responses responses(@PathVariable long id) {
		return answers.responses(id);
	}

}
