package io.tsutawaru.bot;

import java.time.Instant;
import java.util.List;

/**
 * A resident's conversation handed to a person. While it is open the bot does not answer the resident.
 *
 * @param id the hand-off's number
 * @param reason why: the resident asked for a person, or which answer did not help
 * @param language the resident's language ({@code ja}, {@code en}, {@code easy-ja}), so staff answer in it
 * @param question the resident's question the bot could not answer (the last one before the hand-off), or
 *        {@code null} when there was none
 * @param displayName the resident's name on LINE, or {@code null} when LINE did not give it
 * @param openedAt when it was opened
 * @param closedAt when it ended, or {@code null} while open
 * @param closedBy who ended it, or {@code null} while open
 * @param messages the conversation since it was opened, oldest first
 */
public record HandOff(long id, String reason, String language, String question, String displayName,
		Instant openedAt, Instant closedAt, HandOffMessage.Author closedBy, List<HandOffMessage> messages) {

	public HandOff {
		messages = List.copyOf(messages);
	}

	/** Whether a person still handles it. */
	public boolean open() {
		return closedAt == null;
	}

	/** Whether the resident left it (「やめる」) rather than staff closing it. */
	public boolean leftByResident() {
		return closedBy == HandOffMessage.Author.RESIDENT;
	}

}
