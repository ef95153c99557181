package io.tsutawaru.app.sandbox.line;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * LINE's rich menu API as the sandbox plays it, with LINE's rules: a menu's size (width
 * 800–2500, height at least 250, width at least 1.45 times the height), 1 to 20 areas, a
 * chat bar text of at most 14 characters; one PNG or JPEG of at most 1 MB in the menu's
 * exact size, uploaded once; no default or link before the image is there. Calls are
 * recorded and authorised like every other call of the stand-in.
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
@RequestMapping(path = "/sandbox/line", produces = MediaType.APPLICATION_JSON_VALUE)
class SandboxRichMenuController {

	private static final int MAX_IMAGE = 1024 * 1024;

	private final SandboxLineApiController line;

	private final SandboxRichMenus menus;

	private final JsonMapper json;

	SandboxRichMenuController(SandboxLineApiController line, SandboxRichMenus menus, JsonMapper json) {
		this.line = line;
		this.menus = menus;
		this.json = json;
	}

	@PostMapping("/v2/bot/richmenu")
	ResponseEntity<String> create(HttpServletRequest request, @RequestBody(required = false) String body) {
		return line.handle(request, body, (menu, requestId) -> {
			String refused = refusal(menu);
			return refused != null ? LineAnswer.error(HttpStatus.BAD_REQUEST, refused)
					: LineAnswer.ok(json.createObjectNode().put("richMenuId", menus.create(menu)).toString());
		});
	}

	@GetMapping("/v2/bot/richmenu/{id}")
	ResponseEntity<String> get(HttpServletRequest request, @PathVariable String id) {
		return line.handle(request, null,
				(payload, requestId) -> menus.menu(id)
					.map(menu -> LineAnswer.ok(((ObjectNode) menu.deepCopy()).put("richMenuId", id).toString()))
					.orElseGet(SandboxRichMenuController::notFound));
	}

	@GetMapping("/v2/bot/richmenu/list")
	ResponseEntity<String> list(HttpServletRequest request) {
		return line.handle(request, null, (payload, requestId) -> {
			ObjectNode answer = json.createObjectNode();
			var list = answer.putArray("richmenus");
			menus.all().forEach((id, menu) -> list.add(((ObjectNode) menu.deepCopy()).put("richMenuId", id)));
			return LineAnswer.ok(answer.toString());
		});
	}

	@DeleteMapping("/v2/bot/richmenu/{id}")
	ResponseEntity<String> delete(HttpServletRequest request, @PathVariable String id) {
		return line.handle(request, null, (payload, requestId) -> menus.delete(id) ? LineAnswer.ok("{}") : notFound());
	}

	/** The data API's upload (api-data.line.me in production; the same stand-in here). */
	@PostMapping(path = "/v2/bot/richmenu/{id}/content",
			consumes = { MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE })
	ResponseEntity<String> upload(HttpServletRequest request, @PathVariable String id, @RequestBody byte[] image) {
		return line.handle(request, null, (payload, requestId) -> {
			Optional<JsonNode> menu = menus.menu(id);
			if (menu.isEmpty()) {
				return notFound();
			}
			if (menus.hasImage(id)) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST, "An image has already been uploaded to the richmenu");
			}
			String refused = imageRefusal(menu.get(), image);
			if (refused != null) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST, refused);
			}
			menus.upload(id, new SandboxRichMenus.Image(image, request.getContentType()));
			return LineAnswer.ok("{}");
		});
	}

	@GetMapping(path = "/v2/bot/richmenu/{id}/content", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable String id) {
		LineAnswer refused = line.authorise(request, null);
		if (refused != null) {
			return ResponseEntity.status(refused.status()).body(refused.body().getBytes());
		}
		return menus.image(id)
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.body(image.bytes()))
			.orElseGet(
					() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("{\"message\":\"Not found\"}".getBytes()));
	}

	@GetMapping("/v2/bot/user/all/richmenu")
	ResponseEntity<String> defaultMenu(HttpServletRequest request) {
		return line.handle(request, null,
				(payload, requestId) -> menus.defaultMenu()
					.map(id -> LineAnswer.ok(json.createObjectNode().put("richMenuId", id).toString()))
					.orElseGet(() -> LineAnswer.error(HttpStatus.NOT_FOUND, "no default richmenu")));
	}

	@PostMapping("/v2/bot/user/all/richmenu/{id}")
	ResponseEntity<String> setDefault(HttpServletRequest request, @PathVariable String id) {
		return line.handle(request, null, (payload, requestId) -> usable(id, () -> menus.setDefault(id)));
	}

	@DeleteMapping("/v2/bot/user/all/richmenu")
	ResponseEntity<String> cancelDefault(HttpServletRequest request) {
		return line.handle(request, null, (payload, requestId) -> {
			menus.setDefault(null);
			return LineAnswer.ok("{}");
		});
	}

	@GetMapping("/v2/bot/user/{userId}/richmenu")
	ResponseEntity<String> linked(HttpServletRequest request, @PathVariable String userId) {
		return line.handle(request, null,
				(payload, requestId) -> menus.linked(userId)
					.map(id -> LineAnswer.ok(json.createObjectNode().put("richMenuId", id).toString()))
					.orElseGet(() -> LineAnswer.error(HttpStatus.NOT_FOUND, "the user has no richmenu")));
	}

	@PostMapping("/v2/bot/user/{userId}/richmenu/{id}")
	ResponseEntity<String> link(HttpServletRequest request, @PathVariable String userId, @PathVariable String id) {
		return line.handle(request, null, (payload, requestId) -> usable(id, () -> menus.link(userId, id)));
	}

	@DeleteMapping("/v2/bot/user/{userId}/richmenu")
	ResponseEntity<String> unlink(HttpServletRequest request, @PathVariable String userId) {
		return line.handle(request, null, (payload, requestId) -> {
			menus.unlink(userId);
			return LineAnswer.ok("{}");
		});
	}

	/**
	 * The batch operations: link (from → to), unlink (from), unlinkAll; LINE answers 202
	 * and works on its own.
	 */
	@PostMapping("/v2/bot/richmenu/batch")
	ResponseEntity<String> batch(HttpServletRequest request, @RequestBody(required = false) String body) {
		return line.handle(request, body, (payload, requestId) -> {
			JsonNode operations = payload.path("operations");
			if (!operations.isArray() || operations.isEmpty() || operations.size() > 1000) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST,
						"The property, 'operations', must hold 1 to 1000 operations");
			}
			for (JsonNode operation : operations) {
				switch (operation.path("type").asString("")) {
					case "link" -> menus.relink(operation.path("from").asString(""), operation.path("to").asString(""));
					case "unlink" -> menus.unlinkAllFrom(operation.path("from").asString(""));
					case "unlinkAll" -> menus.unlinkAll();
					default -> {
						return LineAnswer.error(HttpStatus.BAD_REQUEST, "Unknown operation type");
					}
				}
			}
			return LineAnswer.accepted();
		});
	}

	private LineAnswer usable(String id, Runnable change) {
		if (menus.menu(id).isEmpty()) {
			return notFound();
		}
		if (!menus.hasImage(id)) {
			return LineAnswer.error(HttpStatus.BAD_REQUEST, "must upload richmenu image before applying it to user");
		}
		change.run();
		return LineAnswer.ok("{}");
	}

	private static String refusal(JsonNode menu) {
		long width = menu.path("size").path("width").asLong(0);
		long height = menu.path("size").path("height").asLong(0);
		if (width < 800 || width > 2500 || height < 250 || (double) width / height < 1.45) {
			return "size must be 800-2500 wide, at least 250 high, and at least 1.45 times as wide as high";
		}
		JsonNode areas = menu.path("areas");
		if (!areas.isArray() || areas.isEmpty() || areas.size() > 20) {
			return "areas must hold 1 to 20 areas";
		}
		String chatBar = menu.path("chatBarText").asString("");
		if (chatBar.isEmpty() || chatBar.codePointCount(0, chatBar.length()) > 14) {
			return "chatBarText must be 1 to 14 characters";
		}
		if (!menu.path("selected").isBoolean() || menu.path("name").asString("").length() > 300) {
			return "selected must be a boolean and name at most 300 characters";
		}
		return null;
	}

	private static String imageRefusal(JsonNode menu, byte[] image) {
		if (image.length == 0 || image.length > MAX_IMAGE) {
			return "The image must be 1 MB or smaller";
		}
		try {
			BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
			if (read == null || read.getWidth() != menu.path("size").path("width").asInt()
					|| read.getHeight() != menu.path("size").path("height").asInt()) {
				return "The image's size must match the richmenu's size";
			}
			return null;
		}
		catch (IOException ex) {
			return "The image could not be read";
		}
	}

	private static LineAnswer notFound() {
		return LineAnswer.error(HttpStatus.NOT_FOUND, "Not found");
	}

}
