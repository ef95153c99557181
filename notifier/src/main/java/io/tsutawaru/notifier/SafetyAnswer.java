package io.tsutawaru.notifier;

import java.util.Locale;

/** What a resident answered to a notice that asked: 確認しました, 無事です or 支援が必要です. */
public enum SafetyAnswer {

	/** 確認しました, to a notice that asks for an acknowledgement. */
	ACK(Confirmation.ACKNOWLEDGE),

	/** 無事です, to a notice that asks for a safety answer. */
	SAFE(Confirmation.SAFETY),

	/** 支援が必要です, to a notice that asks for a safety answer: staff follow up. */
	HELP(Confirmation.SAFETY);

	private final Confirmation answers;

	SafetyAnswer(Confirmation answers) {
		this.answers = answers;
	}

	/** The word buttons and links carry: {@code ack}, {@code safe}, {@code help}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether this answers what the notice asks. */
	public boolean answers(Confirmation confirmation) {
		return answers == confirmation;
	}

	/**
	 * The answer a word names, or null when it names none (a button or link someone
	 * altered).
	 */
	public static SafetyAnswer of(String id) {
		for (SafetyAnswer answer : values()) {
			if (answer.id().equals(id)) {
				return answer;
			}
		}
		return null;
	}

}
