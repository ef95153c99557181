package io.tsutawaru.bot;

import java.time.Instant;

/**
 * One message in a conversation handed to a person.
 *
 * @param author who wrote it
 * @param text what they wrote; a resident's photo or location is described in words
 * @param at when
 */
public record HandOffMessage(Author author, String text, Instant at) {

	/** Who wrote a message. */
	public enum Author {

		/** The resident, on LINE. */
		RESIDENT,
		/** A staff member, from the console. */
		STAFF

	}

}
