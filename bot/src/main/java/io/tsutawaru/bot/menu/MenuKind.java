package io.tsutawaru.bot.menu;

import java.util.Locale;

/** The three menus the service keeps on LINE. */
enum MenuKind {

	/** Residents who have not registered: the account's default menu in everyday mode. */
	GUEST,

	/** Registered residents, linked one by one when they register. */
	RESIDENT,

	/** Everyone during a disaster. */
	DISASTER;

	/**
	 * The menu's rich menu alias on LINE ({@code tsutawaru-guest}, …): the name a
	 * {@code richmenuswitch} action or an operator's tool uses for it, which stays when a
	 * redesign gives the menu a new id.
	 */
	String alias() {
		return "tsutawaru-" + name().toLowerCase(Locale.ROOT);
	}

}
