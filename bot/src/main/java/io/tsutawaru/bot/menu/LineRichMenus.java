package io.tsutawaru.bot.menu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.tsutawaru.bot.MenuMode;
import io.tsutawaru.bot.RichMenuUnavailableException;
import io.tsutawaru.bot.RichMenus;
import io.tsutawaru.bot.menu.MenuTable.StoredMenu;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's rich menus on LINE.
 * <p>
 * <b>Who sees what.</b> LINE shows a user the menu linked to them, else the account's
 * default. Registered residents are linked to the resident menu when they register;
 * everyone else sees the default, the guest menu. A switch to disaster mode therefore
 * needs two calls, and both are made: the default becomes the disaster menu (for everyone
 * not linked), and LINE's batch operation moves <i>every user linked to the resident
 * menu</i> to the disaster menu (for the registered; one call whatever their number,
 * carried out by LINE). Back, the default is the guest menu again and the batch moves
 * those linked to the disaster menu (also anyone who registered meanwhile, who was linked
 * to the disaster menu) back to the resident menu. Setting only the default would leave
 * every registered resident with their linked everyday menu; linking each resident one by
 * one would take one call per resident.
 * <p>
 * <b>Once only.</b> Each menu is created once: its id and a fingerprint of its definition
 * and image are kept in {@code bot_rich_menus}, and a start-up reuses a menu whose
 * fingerprint is unchanged and which LINE still has. Preparing and switching hold the
 * mode row's lock, so two processes never create the same menu twice.
 * <p>
 * <b>Aliases.</b> Each menu also has a rich menu alias of LINE naming its kind
 * ({@code tsutawaru-guest}, {@code tsutawaru-resident}, {@code tsutawaru-disaster}), kept
 * pointing at the menu in use, so a {@code richmenuswitch} action or an operator's tool
 * can name a menu that survives a redesign.
 */
@Service

public class LineRichMenus implements RichMenus {

	private static final Logger log = LoggerFactory.getLogger(LineRichMenus.class);

	private final RichMenuApi api;

	private final MenuLayouts layouts;

	private final MenuPainter painter;

	private final MenuTable table;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	LineRichMenus(RichMenuApi api, MenuLayouts layouts, MenuPainter painter, MenuTable table, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.api = api;
		this.layouts = layouts;
		this.painter = painter;
		this.table = table;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * At start-up (the sandbox's port is known by then): the menus exist and the default
	 * is the mode's.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void prepareAtStart() {
		try {
			prepare();
		}
		catch (RichMenuUnavailableException ex) {
			// The service works without menus; the next switch prepares them again.
			log.warn("The rich menus could not be prepared: {}", ex.getMessage());
		}
	}

	/**
	 * Creates what is missing or changed, and sets the default menu of the current mode;
	 * done at every start.
	 */
	public void prepare() {
		transactions.executeWithoutResult(status -> {
			lockMode();
			Map<MenuKind, String> ids = menus();
			String wanted = ids.get(table.state().mode() == MenuMode.DISASTER ? MenuKind.DISASTER : MenuKind.GUEST);
			if (!api.defaultMenu().filter(wanted::equals).isPresent()) {
				api.setDefault(wanted);
			}
		});
	}

	@Override
	public MenuState state() {
		return table.state();
	}

	@Override
	public MenuState switchTo(MenuMode mode, String staff) {
		return transactions.execute(status -> {
			lockMode();
			Map<MenuKind, String> ids = menus();
			boolean disaster = mode == MenuMode.DISASTER;
			api.setDefault(ids.get(disaster ? MenuKind.DISASTER : MenuKind.GUEST));
			api.relinkAll(ids.get(disaster ? MenuKind.RESIDENT : MenuKind.DISASTER),
					ids.get(disaster ? MenuKind.DISASTER : MenuKind.RESIDENT));
			return table.setMode(mode, staff);
		});
	}

	/**
	 * A resident registered: linked to the registered residents' menu of the current
	 * mode. A failure is logged and not retried (the resident still sees the default
	 * menu, and every tap of it works for them).
	 */
	public void registered(String userId) {
		MenuKind kind = table.state().mode() == MenuMode.DISASTER ? MenuKind.DISASTER : MenuKind.RESIDENT;
		table.find(kind).ifPresent(menu -> quietly("link", () -> api.link(userId, menu.richMenuId())));
	}

	/** A resident left: their link is removed, so a return starts from the guest menu. */
	public void left(String userId) {
		quietly("unlink", () -> api.unlink(userId));
	}

	private void quietly(String what, Runnable call) {
		try {
			call.run();
		}
		catch (RichMenuUnavailableException ex) {
			log.warn("LINE's rich menu {} failed: {}", what, ex.getMessage());
		}
	}

	private void lockMode() {
		jdbc.sql("SELECT mode FROM bot_menu_mode WHERE id = 1 FOR UPDATE").query(String.class).single();
	}

	private Map<MenuKind, String> menus() {
		Map<MenuKind, String> ids = new EnumMap<>(MenuKind.class);
		for (MenuKind kind : MenuKind.values()) {
			ids.put(kind, ensure(kind));
		}
		quietly("aliases", () -> aliases(ids));
		return ids;
	}

	/**
	 * Each menu has its alias ({@link MenuKind#alias}), naming the menu in use: created
	 * once, moved when a redesign created a new menu, left alone otherwise (one list call
	 * per start). An alias LINE refuses leaves the menus working: the service's own calls
	 * use the ids.
	 */
	private void aliases(Map<MenuKind, String> ids) {
		Map<String, String> aliases = api.aliases();
		ids.forEach((kind, id) -> {
			String named = aliases.get(kind.alias());
			if (named == null) {
				api.createAlias(kind.alias(), id);
			}
			else if (!named.equals(id)) {
				api.updateAlias(kind.alias(), id);
			}
		});
	}

	private String ensure(MenuKind kind) {
		MenuLayout layout = layouts.of(kind);
		byte[] png = painter.draw(layout);
		String fingerprint = fingerprint(layout, png);
		Optional<StoredMenu> stored = table.find(kind);
		if (stored.isPresent() && stored.get().fingerprint().equals(fingerprint)
				&& api.exists(stored.get().richMenuId())) {
			return stored.get().richMenuId();
		}
		String id = api
			.create(layout.request("tsutawaru-" + kind.name().toLowerCase() + "-" + fingerprint.substring(0, 12)));
		api.upload(id, png);
		table.save(kind, new StoredMenu(id, fingerprint));
		// Residents linked to the menu this one replaces keep a menu of the same kind.
		// The old menu is left on LINE
		// (the batch works on LINE's side after this call returns); a redesign is rare
		// against LINE's 1,000 menus.
		stored.filter(old -> api.exists(old.richMenuId())).ifPresent(old -> api.relinkAll(old.richMenuId(), id));
		log.info("Rich menu {} created on LINE", kind);
		return id;
	}

	private static String fingerprint(MenuLayout layout, byte[] png) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(layout.request("").toString().getBytes(StandardCharsets.UTF_8));
			digest.update(png);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
