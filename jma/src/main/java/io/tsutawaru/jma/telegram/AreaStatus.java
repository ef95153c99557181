package io.tsutawaru.jma.telegram;

/**
 * What a telegram says of one area's level: newly issued, still in force, or lifted.
 * Earthquake and eruption reports only ever issue; warnings carry their own status
 * ({@code Kind/Status}).
 */
public enum AreaStatus {

	/** 発表, and changes of level (警報から注意報, 注意報から警報, …): the level is new for the area. */
	ISSUED,
	/** 継続: the level was already in force. */
	CONTINUED,
	/**
	 * 解除: the level no longer holds; the area's {@link TelegramArea#level()} is what was
	 * lifted.
	 */
	LIFTED

}
