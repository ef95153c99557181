package io.tsutawaru.app.sandbox.line;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.tsutawaru.app.AppProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The rich menus LINE would hold for the sandbox's account: each menu's object and image,
 * the default menu, the menu linked to each resident and the aliases. A resident sees
 * their linked menu, else the default, as in the LINE app. Kept in the data directory
 * like LINE keeps them (a journal of changes, {@code sandbox/rich-menus.jsonl}), so a
 * restarted service finds its menus and does not create them again.
 */
@Component
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
public class SandboxRichMenus {

	/** Changes appended before the journal is rewritten as the current state. */
	private static final int COMPACT_AFTER = 5_000;

	private final Map<String, JsonNode> menus = new ConcurrentHashMap<>();

	private final Map<String, Image> images = new ConcurrentHashMap<>();

	private final Map<String, String> links = new ConcurrentHashMap<>();

	/** Rich menu aliases: alias id → menu id. */
	private final Map<String, String> aliases = new ConcurrentHashMap<>();

	private volatile String defaultMenu;

	private final KeptLines<Change> journal;

	SandboxRichMenus(AppProperties properties, JsonMapper json) {
		this.journal = KeptLines.journal(properties.dataDir().resolve("sandbox/rich-menus.jsonl"), json, COMPACT_AFTER,
				change -> change.write(json), Change::read);
		journal.load().forEach(this::apply);
	}

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
		change(new Change("create", id, null, menu, null, null));
		return id;
	}

	Optional<JsonNode> menu(String id) {
		return Optional.ofNullable(menus.get(id));
	}

	Map<String, JsonNode> all() {
		return Map.copyOf(menus);
	}

	boolean delete(String id) {
		return menus.containsKey(id) && change(new Change("delete", id, null, null, null, null));
	}

	void upload(String id, Image image) {
		change(new Change("image", id, image.contentType(), null, null, image.bytes()));
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
		change(new Change("default", id, null, null, null, null));
	}

	void link(String userId, String id) {
		change(new Change("link", id, null, null, userId, null));
	}

	void unlink(String userId) {
		change(new Change("unlink", null, null, null, userId, null));
	}

	Optional<String> linked(String userId) {
		return Optional.ofNullable(links.get(userId));
	}

	/** LINE's batch "link": everyone linked to {@code from} is linked to {@code to}. */
	void relink(String from, String to) {
		change(new Change("relink", to, from, null, null, null));
	}

	void unlinkAllFrom(String from) {
		change(new Change("unlinkFrom", null, from, null, null, null));
	}

	void unlinkAll() {
		change(new Change("unlinkAll", null, null, null, null, null));
	}

	/** The menu an alias names. */
	Optional<String> alias(String alias) {
		return Optional.ofNullable(aliases.get(alias));
	}

	/** Every alias and the menu it names. */
	Map<String, String> aliases() {
		return Map.copyOf(aliases);
	}

	/** Creates or moves an alias. */
	void alias(String alias, String id) {
		change(new Change("alias", id, alias, null, null, null));
	}

	boolean deleteAlias(String alias) {
		return aliases.containsKey(alias) && change(new Change("unalias", null, alias, null, null, null));
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

	/** Applies a change and keeps it; true, for a caller that answers with it. */
	private synchronized boolean change(Change change) {
		apply(change);
		journal.append(change, state());
		return true;
	}

	private void apply(Change change) {
		String id = change.menu();
		switch (change.kind()) {
			case "create" -> menus.put(id, change.object());
			case "image" -> images.put(id, new Image(change.bytes(), change.other()));
			case "delete" -> {
				images.remove(id);
				links.values().removeIf(id::equals);
				aliases.values().removeIf(id::equals);
				if (id.equals(defaultMenu)) {
					defaultMenu = null;
				}
				menus.remove(id);
			}
			case "default" -> defaultMenu = id;
			case "link" -> links.put(change.user(), id);
			case "unlink" -> links.remove(change.user());
			case "relink" -> links.replaceAll((user, menu) -> menu.equals(change.other()) ? id : menu);
			case "unlinkFrom" -> links.values().removeIf(change.other()::equals);
			case "unlinkAll" -> links.clear();
			case "alias" -> aliases.put(change.other(), id);
			case "unalias" -> aliases.remove(change.other());
			default -> throw new IllegalArgumentException("Unknown rich menu change " + change.kind());
		}
	}

	/** The changes that make what is held now, for the journal's rewrite. */
	private List<Change> state() {
		List<Change> state = new ArrayList<>();
		menus.forEach((id, menu) -> state.add(new Change("create", id, null, menu, null, null)));
		images
			.forEach((id, image) -> state.add(new Change("image", id, image.contentType(), null, null, image.bytes())));
		if (defaultMenu != null) {
			state.add(new Change("default", defaultMenu, null, null, null, null));
		}
		links.forEach((user, id) -> state.add(new Change("link", id, null, null, user, null)));
		aliases.forEach((alias, id) -> state.add(new Change("alias", id, alias, null, null, null)));
		return state;
	}

	/**
	 * One change as the journal keeps it.
	 *
	 * @param kind what happened: create, image, delete, default, link, unlink, relink,
	 * unlinkFrom, unlinkAll, alias, unalias
	 * @param menu the menu it concerns (for relink the one linked to), or null
	 * @param other the image's content type, the menu a batch moves or unlinks from, or
	 * the alias
	 * @param object the menu's LINE object, for create
	 * @param user the LINE user, for link and unlink
	 * @param bytes the image, for image
	 */
	private record Change(String kind, String menu, String other, JsonNode object, String user, byte[] bytes) {

		ObjectNode write(JsonMapper json) {
			ObjectNode node = json.createObjectNode().put("kind", kind).put("menu", menu).put("other", other);
			node.set("object", object);
			node.put("user", user);
			node.put("bytes", bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
			return node;
		}

		static Change read(JsonNode node) {
			Change change = new Change(node.path("kind").asString(), text(node, "menu"), text(node, "other"),
					node.path("object").isObject() ? node.get("object") : null, text(node, "user"),
					node.path("bytes").isString() ? Base64.getDecoder().decode(node.get("bytes").asString()) : null);
			// A line cut short by a crash is skipped (KeptLines), never half applied.
			boolean complete = switch (change.kind()) {
				case "create" -> change.menu() != null && change.object() != null;
				case "image" -> change.menu() != null && change.bytes() != null;
				case "delete" -> change.menu() != null;
				case "default" -> true; // null: no default
				case "link" -> change.menu() != null && change.user() != null;
				case "unlink" -> change.user() != null;
				case "relink" -> change.menu() != null && change.other() != null;
				case "unlinkFrom" -> change.other() != null;
				case "unlinkAll" -> true;
				case "alias" -> change.menu() != null && change.other() != null;
				case "unalias" -> change.other() != null;
				default -> false;
			};
			if (!complete) {
				throw new IllegalArgumentException("An incomplete rich menu change");
			}
			return change;
		}

		private static String text(JsonNode node, String field) {
			return node.path(field).isString() ? node.get(field).asString() : null;
		}

	}

}
