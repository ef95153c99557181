package io.tsutawaru.bot.conversation;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a resident is in a multi-step dialog (registration, a report), so that the next
 * text, photo or location goes to the conversation waiting for it.
 *
 * @param topic the conversation waiting
 * @param step what it waits for
 * @param data what the resident gave so far
 */
public record DialogState(Topic topic, String step, Map<String, String> data) {

	public DialogState {
		data = Map.copyOf(data);
	}

	/** A dialog at its first step. */
	public static DialogState start(Topic topic, String step) {
		return new DialogState(topic, step, Map.of());
	}

	/** The same dialog, one step further, with one more value kept. */
	public DialogState next(String nextStep, String name, String value) {
		Map<String, String> more = new HashMap<>(data);
		if (value != null) {
			more.put(name, value);
		}
		return new DialogState(topic, nextStep, more);
	}

	/** The same dialog at another step. */
	public DialogState at(String nextStep) {
		return new DialogState(topic, nextStep, data);
	}

}
