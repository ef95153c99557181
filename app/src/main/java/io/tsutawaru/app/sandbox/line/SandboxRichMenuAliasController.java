package io.tsutawaru.app.sandbox.line;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
 * LINE's rich menu alias API as the sandbox's stand-in answers it (issue 18): create,
 * move, read, list and delete an alias. An alias id is 1 to 32 letters, digits, hyphens
 * or underscores, unique in the account, and names a menu the account has.
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
@RequestMapping(path = "/sandbox/line", produces = MediaType.APPLICATION_JSON_VALUE)
class SandboxRichMenuAliasController {

	private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final SandboxLineApiController line;

	private final SandboxRichMenus menus;

	private final JsonMapper json;

	SandboxRichMenuAliasController(SandboxLineApiController line, SandboxRichMenus menus, JsonMapper json) {
		this.line = line;
		this.menus = menus;
		this.json = json;
	}

	@PostMapping("/v2/bot/richmenu/alias")
	ResponseEntity<String> create(HttpServletRequest request, @RequestBody(required = false) String body) {
		return line.handle(request, body, (payload, requestId) -> {
			String alias = payload.path("richMenuAliasId").asString("");
			String id = payload.path("richMenuId").asString("");
			if (!ALIAS.matcher(alias).matches()) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST,
						"richMenuAliasId must be 1 to 32 letters, digits, hyphens or underscores");
			}
			if (menus.alias(alias).isPresent()) {
				return LineAnswer.error(HttpStatus.BAD_REQUEST, "conflict richmenu alias id");
			}
			return named(alias, id);
		});
	}

	@PostMapping("/v2/bot/richmenu/alias/{alias}")
	ResponseEntity<String> update(HttpServletRequest request, @PathVariable String alias,
			@RequestBody(required = false) String body) {
		return line.handle(request, body,
				(payload, requestId) -> menus.alias(alias).isEmpty()
						? LineAnswer.error(HttpStatus.BAD_REQUEST, "richmenu alias not found")
						: named(alias, payload.path("richMenuId").asString("")));
	}

	@GetMapping("/v2/bot/richmenu/alias/{alias}")
	ResponseEntity<String> get(HttpServletRequest request, @PathVariable String alias) {
		return line.handle(request, null,
				(payload, requestId) -> menus.alias(alias)
					.map(id -> LineAnswer.ok(alias(alias, id).toString()))
					.orElseGet(() -> LineAnswer.error(HttpStatus.NOT_FOUND, "richmenu alias not found")));
	}

	@GetMapping("/v2/bot/richmenu/alias/list")
	ResponseEntity<String> list(HttpServletRequest request) {
		return line.handle(request, null, (payload, requestId) -> {
			ObjectNode answer = json.createObjectNode();
			ArrayNode aliases = answer.putArray("aliases");
			menus.aliases().forEach((alias, id) -> aliases.add(alias(alias, id)));
			return LineAnswer.ok(answer.toString());
		});
	}

	@DeleteMapping("/v2/bot/richmenu/alias/{alias}")
	ResponseEntity<String> delete(HttpServletRequest request, @PathVariable String alias) {
		return line.handle(request, null, (payload, requestId) -> menus.deleteAlias(alias) ? LineAnswer.ok("{}")
				: LineAnswer.error(HttpStatus.BAD_REQUEST, "richmenu alias not found"));
	}

	/** The alias names the menu, which must exist and have its image, as LINE asks. */
	private LineAnswer named(String alias, String id) {
		if (menus.menu(id).isEmpty()) {
			return LineAnswer.error(HttpStatus.BAD_REQUEST, "richmenu not found");
		}
		if (!menus.hasImage(id)) {
			return LineAnswer.error(HttpStatus.BAD_REQUEST, "must upload richmenu image before creating an alias");
		}
		menus.alias(alias, id);
		return LineAnswer.ok("{}");
	}

	private ObjectNode alias(String alias, String id) {
		return json.createObjectNode().put("richMenuAliasId", alias).put("richMenuId", id);
	}

}
