package io.tsutawaru.app.sandbox.line;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The rich menus LINE would hold for the sandbox's account: each menu's object and image,
 * the default menu and the menu linked to each resident. A resident sees their linked
 * menu, else the default, as in the LINE app.
 */
@Component
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
public class SandboxRichMenus {

	private final Map<String, JsonNode> menus = new ConcurrentHashMap<>();

	private final Map<String, Image> images = new ConcurrentHashMap<>();

	private final Map<String, String> links = new ConcurrentHashMap<>();

	private volatile String defaultMenu;

	/** The image of a menu, as uploaded. */
	public record Image(byte[] bytes, String contentType) {
	}

	/**
	 * A menu as the chat page draws it: LINE's object (size, areas with their actions)
	 * and its id.
	 */
	public record ShownMenu(String richMenuId, JsonNode menu) {
	}

	String create(JsonNode menu) {
		String id = "richmenu-" + UUID.randomUUID().toString().replace("-", "");
		menus.put(id, menu);
		return id;
	}

	Optional<JsonNode> menu(String id) {
		return Optional.ofNullable(menus.get(id));
	}

	Map<String, JsonNode> all() {
		return Map.copyOf(menus);
	}

	boolean delete(String id) {
		images.remove(id);
		links.values().removeIf(id::equals);
		if (id.equals(defaultMenu)) {
			defaultMenu = null;
		}
		return menus.remove(id) != null;
	}

	void upload(String id, Image image) {
		images.put(id, image);
	}

	/** The uploaded image of a menu. */
	public Optional<Image> image(String id) {
		return Optional.ofNullable(images.get(id));
	}

	boolean hasImage(String id) {
		return images.containsKey(id);
	}

	Optional<String> defaultMenu() {
		return Optional.ofNullable(defaultMenu);
	}

	void setDefault(String id) {
		defaultMenu = id;
	}

	void link(String userId, String id) {
		links.put(userId, id);
	}

	void unlink(String userId) {
		links.remove(userId);
	}

	Optional<String> linked(String userId) {
		return Optional.ofNullable(links.get(userId));
	}

	/** LINE's batch "link": everyone linked to {@code from} is linked to {@code to}. */
	void relink(String from, String to) {
		links.replaceAll((user, menu) -> menu.equals(from) ? to : menu);
	}

	void unlinkAllFrom(String from) {
		links.values().removeIf(from::equals);
	}

	void unlinkAll() {
		links.clear();
	}

	/**
	 * What the resident's LINE app shows: their linked menu, else the default; nothing
	 * when neither has an image.
	 */
	public Optional<ShownMenu> shownTo(String userId) {
		return linked(userId).or(this::defaultMenu)
			.filter(images::containsKey)
			.flatMap(id -> menu(id).map(menu -> new ShownMenu(id, menu)));
	}

}
