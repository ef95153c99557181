package io.tsutawaru.bot.conversation;

import java.util.Arrays;

/** The conversations the bot holds; each is one class implementing {@link Conversation}. */
public enum Topic {

	FAQ("faq"), REGISTRATION("reg"), SETTINGS("set"), REPORT("rep"), HAND_OFF("ho"), MENU("menu");

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
