package io.tsutawaru.bot.menu;

/** The three menus the service keeps on LINE. */
enum MenuKind {

	/** Residents who have not registered: the account's default menu in everyday mode. */
	GUEST,

	/** Registered residents, linked one by one when they register. */
	RESIDENT,

	/** Everyone during a disaster. */
	DISASTER

}
