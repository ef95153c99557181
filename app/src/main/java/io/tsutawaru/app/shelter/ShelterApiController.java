package io.tsutawaru.app.shelter;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.Shelters;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's shelters and their state, for emergency staff's tools. Errors are
 * {@link ShelterProblemDetails}.
 */
@RestController
@RequestMapping("/api/shelters")
@PreAuthorize("hasAnyRole('EMERGENCY', 'ADMIN')")
@Tag(name = "Shelters", description = "The city's shelters (imported by shelterImportJob) and whether each is open "
		+ "and how crowded. For EMERGENCY staff and ADMIN.")
class ShelterApiController {

	private final Shelters shelters;

	ShelterApiController(Shelters shelters) {
		this.shelters = shelters;
	}

	@GetMapping
	@Operation(summary = "Shelters by name, kana or address, in the order of their kana")
	List<ShelterJson> list(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean open) {
		return shelters.search(q, open).stream().map(ShelterJson::of).toList();
	}

	@PutMapping("/{id}/status")
	@Operation(summary = "Open or close a shelter and say how crowded it is",
			description = "A later import of the shelter list keeps what is set here.")
	@ApiResponse(responseCode = "200", description = "The shelter as it now is.")
	@ApiResponse(responseCode = "400",
			description = "The body is not {\"open\": true|false, \"crowding\": "
					+ "\"vacant\"|\"crowded\"|\"full\"}: the problem's field names what is wrong.")
	@ApiResponse(responseCode = "404", description = "No shelter has this id.")
	ShelterJson mark(@PathVariable long id, @RequestBody(required = false) StatusJson body, Authentication user) {
		if (body == null || body.open() == null) {
			throw new InvalidShelterStatusException("open", "is required: true or false");
		}
		Crowding crowding = body.crowding() == null ? Crowding.VACANT : ShelterState.crowding(body.crowding());
		if (!body.open() && crowding != Crowding.VACANT) {
			throw new InvalidShelterStatusException("crowding", "must be vacant (or left out) for a closed shelter");
		}
		return ShelterJson.of(shelters.mark(id, body.open(), crowding, user.getName()));
	}

	/** A status update. */
	@Schema(name = "ShelterStatus")
	record StatusJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean open,
			@Schema(description = "vacant (the default), crowded or full") String crowding) {
	}

}
