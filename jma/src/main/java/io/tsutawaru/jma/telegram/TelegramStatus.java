package io.tsutawaru.jma.telegram;

import java.util.Arrays;
import java.util.Optional;

/** {@code Control/Status}: only {@link #NORMAL} reports a real event. */
public enum TelegramStatus {

	/** 通常: a real event. */
	NORMAL("通常"),
	/** 訓練: an exercise. */
	EXERCISE("訓練"),
	/** 試験: a test of JMA's systems. */
	TEST("試験");

	private final String japanese;

	TelegramStatus(String japanese) {
		this.japanese = japanese;
	}

	/** The word in the telegram: 通常, 訓練 or 試験. */
	public String japanese() {
		return japanese;
	}

	static Optional<TelegramStatus> of(String text) {
		return Arrays.stream(values()).filter(status -> status.japanese.equals(text)).findFirst();
	}

}
