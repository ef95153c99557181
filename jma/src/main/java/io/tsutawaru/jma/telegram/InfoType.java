package io.tsutawaru.jma.telegram;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@code Head/InfoType}: whether a telegram issues, corrects or cancels what its
 * {@code EventID} reported.
 */
public enum InfoType {

	/** 発表: a new report (also a later report of the same event). */
	ISSUED("発表"),
	/** 訂正: corrects an earlier report of the same event. */
	CORRECTED("訂正"),
	/** 取消: withdraws what the same event's earlier reports said. */
	CANCELLED("取消");

	private final String japanese;

	InfoType(String japanese) {
		this.japanese = japanese;
	}

	/** The word in the telegram: 発表, 訂正 or 取消. */
	public String japanese() {
		return japanese;
	}

	static Optional<InfoType> of(String text) {
		return Arrays.stream(values()).filter(type -> type.japanese.equals(text)).findFirst();
	}

}
