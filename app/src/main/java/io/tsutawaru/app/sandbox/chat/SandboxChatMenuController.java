package io.tsutawaru.app.sandbox.chat;

import io.tsutawaru.app.sandbox.line.SandboxRichMenus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rich menu the chat page's resident sees (their linked menu, else the account's
 * default), with its image; the page lays its tap areas over the image as buttons, which
 * post what LINE would (a postback or a message).
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class SandboxChatMenuController {

	private final SandboxRichMenus menus;

	SandboxChatMenuController(SandboxRichMenus menus) {
		this.menus = menus;
	}

	/** 204 when the resident has no menu (none is set, or its image is missing). */
	@GetMapping(path = "/sandbox/chat/menu", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SandboxRichMenus.ShownMenu> menu(@RequestParam String name) {
		return menus.shownTo(SandboxResidents.userIdOf(name))
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping(path = "/sandbox/chat/menu/{id}/image", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> image(@PathVariable String id) {
		return menus.image(id)
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

}
