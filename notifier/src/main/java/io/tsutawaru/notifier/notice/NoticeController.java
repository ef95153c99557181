package io.tsutawaru.notifier.notice;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

/** The staff REST API for notices. Role checks on content (PR may not send emergencies) are in the domain. */
@RestController
@RequestMapping("/api/notices")
@PreAuthorize("hasAnyRole('PR', 'EMERGENCY', 'ADMIN')")
class NoticeController {

	private final Notices notices;

	NoticeController(Notices notices) {
		this.notices = notices;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@RequestBody NoticeRequest request, Authentication user) {
		NoticeView notice = notices.create(request.toDraft(), staff(user));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", notice.id());
		body.put("status", NoticeJson.word(notice.state()));
		body.put("audience", Map.of("line", notice.audience().line(), "email", notice.audience().email()));
		return ResponseEntity.created(URI.create("/api/notices/" + notice.id())).body(body);
	}

	@GetMapping("/{id}")
	Map<String, Object> find(@PathVariable long id) {
		return NoticeJson.of(notices.find(id));
	}

	@GetMapping
	List<Map<String, Object>> recent(@RequestParam(defaultValue = "50") int limit) {
		return notices.recent(limit).stream().map(NoticeJson::of).toList();
	}

	@PostMapping("/{id}/submit")
	Map<String, Object> submit(@PathVariable long id, Authentication user) {
		return NoticeJson.of(notices.submit(id, staff(user)));
	}

	@PostMapping("/{id}/approve")
	Map<String, Object> approve(@PathVariable long id, Authentication user) {
		return NoticeJson.of(notices.approve(id, staff(user)));
	}

	@PostMapping("/{id}/update")
	Map<String, Object> update(@PathVariable long id, @RequestBody NoticeRequest request, Authentication user) {
		return NoticeJson.of(notices.update(id, request.toDraft(), staff(user)));
	}

	@PostMapping("/{id}/cancel")
	Map<String, Object> cancel(@PathVariable long id, @RequestBody(required = false) Map<String, String> body, Authentication user) {
		return NoticeJson.of(notices.cancel(id, body == null ? null : body.get("reason"), staff(user)));
	}

	/** Residents reached per channel and overall, and failures with reasons; the first publication by default. */
	@GetMapping("/{id}/reach")
	Reach reach(@PathVariable long id, @RequestParam(defaultValue = "1") int revision) {
		return notices.reach(id, revision);
	}

	@GetMapping("/{id}/history")
	List<AuditEntry> history(@PathVariable long id) {
		return notices.history(id);
	}

	private static StaffMember staff(Authentication user) {
		return new StaffMember(user.getName(), user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
			.collect(Collectors.toSet()));
	}

}
