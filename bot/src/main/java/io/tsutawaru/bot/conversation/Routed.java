package io.tsutawaru.bot.conversation;

import java.util.List;

import com.linecorp.bot.messaging.model.Message;

/**
 * What the router did with an event.
 *
 * @param topic the conversation that handled it, or {@code null} when none did (a hint
 * was sent instead)
 * @param language the language the resident is answered in
 * @param messages what to send back
 */
public record Routed(Topic topic, String language, List<Message> messages) {

	public Routed {
		messages = List.copyOf(messages);
	}

}
