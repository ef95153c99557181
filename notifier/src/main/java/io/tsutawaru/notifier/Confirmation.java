package io.tsutawaru.notifier;

import java.util.Locale;

/**
 * What a notice asks of the residents it reaches: nothing, an acknowledgement (確認しました) or
 * a safety answer (無事です / 支援が必要です). LINE carries the answers as buttons, e-mail as a
 * signed link per resident and answer; the website asks nothing.
 */
public enum Confirmation {

	/** Nothing is asked. */
	NONE,

	/** 確認しました: the resident read it. */
	ACKNOWLEDGE,

	/** 無事です or 支援が必要です. */
	SAFETY;

	/** The API's word: {@code none}, {@code acknowledge}, {@code safety}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether residents are asked anything. */
	public boolean asks() {
		return this != NONE;
	}

	/**
	 * The confirmation an API word names.
	 * @throws IllegalArgumentException when the word names none
	 */
	public static Confirmation of(String id) {
		for (Confirmation c : values()) {
			if (c.id().equals(id)) {
				return c;
			}
		}
		throw new IllegalArgumentException("Unknown confirmation '" + id + "'");
	}

}
