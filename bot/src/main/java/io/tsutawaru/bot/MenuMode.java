package io.tsutawaru.bot;

/**
 * Which menus the whole LINE account shows: the everyday ones, or the disaster menu to
 * everyone.
 */
public enum MenuMode {

	/** Not-yet-registered residents see the guest menu, registered ones their own. */
	NORMAL,

	/** Every resident sees the disaster menu (最新の災害情報 / 安否を知らせる / 近くの避難所 / 通報). */
	DISASTER

}
