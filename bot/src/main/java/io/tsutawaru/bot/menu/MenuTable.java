package io.tsutawaru.bot.menu;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.tsutawaru.bot.MenuMode;
import io.tsutawaru.bot.RichMenus.MenuState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The menus created on LINE ({@code bot_rich_menus}) and the account's mode
 * ({@code bot_menu_mode}).
 */
@Component
class MenuTable {

	private final JdbcClient jdbc;

	private final Clock clock;

	MenuTable(JdbcClient jdbc, Clock cityClock) {
		this.jdbc = jdbc;
		this.clock = cityClock;
	}

	Optional<StoredMenu> find(MenuKind kind) {
		return jdbc.sql("SELECT rich_menu_id, fingerprint FROM bot_rich_menus WHERE kind = ?")
			.param(kind.name())
			.query((row, number) -> new StoredMenu(row.getString(1), row.getString(2)))
			.optional();
	}

	void save(MenuKind kind, StoredMenu menu) {
		int updated = jdbc
			.sql("UPDATE bot_rich_menus SET rich_menu_id = ?, fingerprint = ?, created_at = ? WHERE kind = ?")
			.params(menu.richMenuId(), menu.fingerprint(), now(), kind.name())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO bot_rich_menus (kind, rich_menu_id, fingerprint, created_at) VALUES (?, ?, ?, ?)")
				.params(kind.name(), menu.richMenuId(), menu.fingerprint(), now())
				.update();
		}
	}

	MenuState state() {
		return jdbc.sql("SELECT mode, changed_by, changed_at FROM bot_menu_mode WHERE id = 1").query((row, number) -> {
			OffsetDateTime at = row.getObject(3, OffsetDateTime.class);
			return new MenuState(MenuMode.valueOf(row.getString(1)), row.getString(2),
					at == null ? null : at.toInstant());
		}).single();
	}

	MenuState setMode(MenuMode mode, String staff) {
		Instant at = clock.instant();
		jdbc.sql("UPDATE bot_menu_mode SET mode = ?, changed_by = ?, changed_at = ? WHERE id = 1")
			.params(mode.name(), staff, at.atOffset(java.time.ZoneOffset.UTC))
			.update();
		return new MenuState(mode, staff, at);
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(java.time.ZoneOffset.UTC);
	}

	/**
	 * A menu on LINE and the fingerprint of the definition and image it was created from.
	 */
	record StoredMenu(String richMenuId, String fingerprint) {
	}

}
