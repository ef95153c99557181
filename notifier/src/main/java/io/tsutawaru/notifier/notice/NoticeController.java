package io.tsutawaru.notifier.notice;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tsutawaru.notifier.AuditEntry;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Reach;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff REST API for notices. Role checks on content (PR may not send emergencies)
 * are in the domain. Errors are problem details ({@code NotifierProblemDetails}); the
 * annotations say which ones each operation gives.
 */
@RestController
@RequestMapping("/api/notices")
@PreAuthorize("hasAnyRole('PR', 'EMERGENCY', 'ADMIN')")
@Tag(name = "Notices", description = "Write, approve, send, update and cancel notices, and see whom they reached. "
		+ "For PR and EMERGENCY staff (ADMIN may do what both may).")
class NoticeController {

	private final Notices notices;

	NoticeController(Notices notices) {
		this.notices = notices;
	}

	@PostMapping
	@Operation(summary = "Create a notice and submit it",
			description = "Emergency staff's notices go out at once; PR staff's wait for a second member of staff to "
					+ "approve them (when approval is configured). With \"draft\": true the notice is only saved.")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new notice.",
			headers = @Header(name = "Location", description = "/api/notices/{id}", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "The notice is incomplete or invalid, or its segment rule "
			+ "does not parse (the problem's position says where). A text holding a character no channel can carry "
			+ "(a control character, a noncharacter, half a character) is refused with the problem's field and "
			+ "position; a link must be an http or https address.")
	@ApiResponse(responseCode = "403", description = "PR staff may not send an emergency notice.")
	ResponseEntity<NoticeReceipt> create(@RequestBody NoticeRequest request, Authentication user) {
		NoticeView notice = notices.create(request.toDraft(), staff(user));
		return ResponseEntity.created(URI.create("/api/notices/" + notice.id())).body(NoticeReceipt.of(notice));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A notice, its status and its delivery counts per channel")
	@ApiResponse(responseCode = "200", description = "The notice.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	NoticeJson find(@PathVariable long id) {
		return NoticeJson.of(notices.find(id));
	}

	@GetMapping
	@Operation(summary = "The latest notices, newest first")
	@ApiResponse(responseCode = "200", description = "Up to limit notices.")
	List<NoticeJson> recent(
			@Parameter(description = "How many; counts outside 1-200 are taken as 1 or 200.") @RequestParam(
					defaultValue = "50") int limit) {
		return notices.recent(limit).stream().map(NoticeJson::of).toList();
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit a draft or a returned notice",
			description = "As for a new notice: it goes out, or " + "waits for approval.")
	@ApiResponse(responseCode = "200", description = "The notice, awaiting approval, scheduled or sending.")
	@ApiResponse(responseCode = "403", description = "PR staff may not send an emergency notice.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	@ApiResponse(responseCode = "409", description = "The notice is neither a draft nor returned.")
	NoticeJson submit(@PathVariable long id, Authentication user) {
		return NoticeJson.of(notices.submit(id, staff(user)));
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve a notice (or a follow-up) another member of staff wrote", description = "A notice "
			+ "is then scheduled, and sent at once unless its sendAt is later; a follow-up of a published notice is "
			+ "published as its next version. Approvers are PR staff other than the notice's author and whoever "
			+ "changed it since it was last approved (editedBy, followUp.editedBy).")
	@ApiResponse(responseCode = "200", description = "The notice, scheduled or sending.")
	@ApiResponse(responseCode = "403",
			description = "Its author and whoever changed it may not approve it; only PR "
					+ "staff approve notices; PR staff may not approve an emergency notice.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	@ApiResponse(responseCode = "409", description = "Nothing of the notice awaits approval.")
	NoticeJson approve(@PathVariable long id, Authentication user) {
		return NoticeJson.of(notices.approve(id, staff(user)));
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Return a notice to its author with a comment (差し戻し)", description = "What awaits approval "
			+ "goes back to its author: a notice becomes returned, to be changed (update) and submitted again (submit); "
			+ "a follow-up of a published notice stays held, marked returned, and the published version stays as it "
			+ "is. Who may return is who may approve; the comment is kept in the audit trail and shown with the notice.")
	@ApiResponse(responseCode = "200", description = "The notice, returned (or with its follow-up returned).")
	@ApiResponse(responseCode = "400", description = "The comment is missing, blank or longer than 2,000 characters.")
	@ApiResponse(responseCode = "403",
			description = "Its author and whoever changed it may not return it; only PR " + "staff return notices.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	@ApiResponse(responseCode = "409", description = "Nothing of the notice awaits approval.")
	NoticeJson reject(@PathVariable long id, @RequestBody(required = false) Rejection body, Authentication user) {
		return NoticeJson.of(notices.reject(id, body == null ? null : body.comment(), staff(user)));
	}

	@PostMapping("/{id}/update")
	@Operation(summary = "Change a notice", description = "Before it went out, the request replaces the notice; when "
			+ "PR staff change a scheduled (approved) notice in any way — text, audience, channels, time — it goes "
			+ "back to awaiting approval. After it went out, the request changes what the notice says and reaches "
			+ "every channel it went to: a LINE follow-up, the website page marked as updated, a CAP Update "
			+ "referencing the original. Emergency staff's follow-ups go out at once; PR staff's are held as the "
			+ "notice's followUp until a second member of staff approves them, and the published version stays.")
	@ApiResponse(responseCode = "200", description = "The notice; its revision counts the published versions.")
	@ApiResponse(responseCode = "400", description = "The changed notice is incomplete or invalid.")
	@ApiResponse(responseCode = "403", description = "PR staff may not change an emergency notice.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	@ApiResponse(responseCode = "409",
			description = "The notice was cancelled, or changed by someone else at the same moment (try again).")
	NoticeJson update(@PathVariable long id, @RequestBody NoticeRequest request, Authentication user) {
		return NoticeJson.of(notices.update(id, request.toDraft(), staff(user)));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a notice", description = "A notice that went out is withdrawn on every channel it "
			+ "went to by a message of its own that says what is cancelled, when it was issued and why (a LINE follow-up, "
			+ "the website page marked, a CAP Cancel with the reason as its note, L-Alert Cancel); never the cancelled "
			+ "text again. One that did not go out is just cancelled.")
	@ApiResponse(responseCode = "200", description = "The notice, cancelled.")
	@ApiResponse(responseCode = "400", description = "The notice went out and the reason is missing or too long.")
	@ApiResponse(responseCode = "403", description = "PR staff may not cancel an emergency notice.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	@ApiResponse(responseCode = "409",
			description = "The notice is already cancelled, or was changed by someone else at the same moment (try again).")
	NoticeJson cancel(@PathVariable long id, @RequestBody(required = false) Cancellation body, Authentication user) {
		return NoticeJson.of(notices.cancel(id, body == null ? null : body.reason(), staff(user)));
	}

	/**
	 * Residents reached per channel and overall, and failures with reasons; the first
	 * publication by default.
	 */
	@GetMapping("/{id}/reach")
	@Operation(summary = "Whom a published version reached",
			description = "Residents reached per channel and "
					+ "overall, and failures with their reasons (never naming a resident).")
	@ApiResponse(responseCode = "200", description = "The reach of that version.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	@ApiResponse(responseCode = "409", description = "The notice has no published version with this number.")
	Reach reach(@PathVariable long id,
			@Parameter(description = "The published version: 1 is the first publication, each update and the "
					+ "cancellation add one.") @RequestParam(defaultValue = "1") int revision) {
		return notices.reach(id, revision);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Who did what with a notice, and when", description = "The audit trail, oldest first.")
	@ApiResponse(responseCode = "200", description = "Every audited action on the notice.")
	@ApiResponse(responseCode = "404", description = "No notice has this id.")
	List<AuditEntry> history(@PathVariable long id) {
		return notices.history(id);
	}

	private static StaffMember staff(Authentication user) {
		return new StaffMember(user.getName(),
				user.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
					.collect(Collectors.toSet()));
	}

}
