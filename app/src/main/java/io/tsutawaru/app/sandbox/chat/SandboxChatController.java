package io.tsutawaru.app.sandbox.chat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.tsutawaru.app.sandbox.line.ReplyTokens;
import io.tsutawaru.app.sandbox.line.ResidentInbox;
import io.tsutawaru.app.sandbox.line.SandboxContent;
import io.tsutawaru.app.sandbox.line.SandboxOpens;
import io.tsutawaru.infrastructure.line.LineProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The resident chat page and the calls it makes: act as a resident, read what the bot
 * sent back.
 */
@Controller
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class SandboxChatController {

	private static final long MAX_IMAGE_BYTES = 10 * 1024 * 1024;

	private final WebhookEvents events;

	private final SignedWebhook webhook;

	private final ResidentInbox inbox;

	private final SandboxContent content;

	private final SandboxOpens opens;

	SandboxChatController(JsonMapper json, ReplyTokens replyTokens, ResidentInbox inbox, SandboxContent content,
			SandboxOpens opens, LineProperties line, Environment environment) {
		this.opens = opens;
		this.events = new WebhookEvents(json, replyTokens, content, Clock.systemUTC());
		this.webhook = new SignedWebhook(line.channelSecret(), environment);
		this.inbox = inbox;
		this.content = content;
	}

	@GetMapping("/sandbox/chat")
	String page() {
		return "sandbox/chat";
	}

	@PostMapping(path = "/sandbox/chat/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> act(@RequestBody ResidentAction action) throws IOException, InterruptedException {
		String userId = residentOf(action.name());
		return Map.of("userId", userId, "webhookStatus", webhook.post(events.bodyFor(userId, action)));
	}

	@PostMapping(path = "/sandbox/chat/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> sendImage(@RequestParam String name, @RequestParam MultipartFile image)
			throws IOException, InterruptedException {
		if (image.isEmpty() || image.getSize() > MAX_IMAGE_BYTES) {
			return ResponseEntity.badRequest().body(Map.of("error", "画像は10MBまでです"));
		}
		String userId = residentOf(name);
		MediaType type = MediaType.parseMediaType(
				image.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : image.getContentType());
		String messageId = content.storeImage(image.getBytes(), type);
		return ResponseEntity
			.ok(Map.of("userId", userId, "webhookStatus", webhook.post(events.imageBody(userId, messageId))));
	}

	@GetMapping(path = "/sandbox/chat/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<ResidentInbox.Delivered> messages(@RequestParam String name, @RequestParam(defaultValue = "0") long after) {
		String userId = SandboxResidents.userIdOf(name);
		List<ResidentInbox.Delivered> shown = inbox.forResident(userId, after);
		// What the page shows counts as opened for LINE's unit statistics.
		opens.shown(shown, userId);
		return shown;
	}

	@ExceptionHandler({ WebhookEvents.UnknownActionException.class, IllegalArgumentException.class })
	@ResponseBody
	ProblemDetail badAction(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private String residentOf(String name) {
		if (name == null || name.isBlank() || name.length() > 40) {
			throw new IllegalArgumentException("A resident needs a name of 1 to 40 characters");
		}
		String userId = SandboxResidents.userIdOf(name);
		content.rememberDisplayName(userId, name.strip());
		return userId;
	}

}
