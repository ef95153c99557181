package io.tsutawaru.jma.feed;

import java.util.Locale;

/** What was done with a telegram, as {@code GET /api/jma/telegrams} names it. */
public enum TelegramAction {

	/** An emergency notice was sent at once. */
	SENT,
	/** A draft waits for emergency staff to approve it. */
	DRAFTED,
	/**
	 * The event's notice was updated (a later report, a correction, a warning lifted).
	 */
	UPDATED,
	/** The event's notice was cancelled (取消). */
	CANCELLED,
	/** Nothing was sent; the reason says why. */
	IGNORED;

	/** The lower-case name used in JSON and the database. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static TelegramAction of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
