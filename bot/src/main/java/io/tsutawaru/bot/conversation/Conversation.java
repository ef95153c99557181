package io.tsutawaru.bot.conversation;

import java.util.List;

import com.linecorp.bot.messaging.model.Message;

/**
 * One kind of conversation with a resident. Implementations return the messages to send;
 * one sender delivers them, so no conversation talks to LINE directly.
 */
public interface Conversation {

	/** Which conversation this is; postbacks carrying this topic are routed here. */
	Topic topic();

	/**
	 * Whether a typed text (e.g. 「通報」) starts this conversation, whatever the resident
	 * was doing.
	 */
	boolean startsWith(String text);

	/**
	 * Whether this conversation takes every event of the resident for now, before any
	 * other is asked; true while a person handles the resident, so that the bot stays
	 * quiet.
	 */
	default boolean holds(String userId) {
		return false;
	}

	/**
	 * Handles one event of the resident's: a starting text, a postback of this topic, or
	 * the next input while this conversation's dialog is waiting for one.
	 * @return the messages to send, at most five; empty to stay silent
	 */
	List<Message> handle(Incoming incoming, Resident resident);

}
