package io.tsutawaru.bot.conversation;

import java.util.Arrays;

/**
 * The conversations the bot holds; each is one class implementing {@link Conversation}.
 */
public enum Topic {

	FAQ("faq"), REGISTRATION("reg"), SETTINGS("set"), REPORT("rep"), HAND_OFF("ho"),
	/**
	 * The nearest open shelters (issue 18): the rich menu's 近くの避難所 and any location sent
	 * outside a dialog.
	 */
	SHELTER("shel"),
	/** The rich menu's own taps (issue 18): 最新の災害情報. */
	MENU("menu"),
	/**
	 * Safety confirmation: answers to an alert that asks, and the disaster menu's 安否を知らせる
	 * (issue 18).
	 */
	SAFETY("safe");

	private final String code;

	Topic(String code) {
		this.code = code;
	}

	/** The short name used in postback data and in the conversation log. */
	public String code() {
		return code;
	}

	static Topic fromCode(String code) {
		return Arrays.stream(values()).filter(topic -> topic.code.equals(code)).findFirst().orElse(null);
	}

}
