package io.tsutawaru.bot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A resident's conversation handed to a person. While it is open the bot does not answer
 * the resident.
 *
 * @param id the hand-off's number
 * @param reason why: the resident asked for a person, or which answer did not help
 * @param language the resident's language ({@code ja}, {@code en}, {@code easy-ja}), so
 * staff answer in it
 * @param question the resident's question the bot could not answer (the last one before
 * the hand-off), or {@code null} when there was none
 * @param displayName the resident's name on LINE, or {@code null} when LINE did not give
 * it
 * @param openedAt when it was opened
 * @param closedAt when it ended, or {@code null} while open
 * @param closedBy who ended it, or {@code null} while open
 * @param messages the conversation since it was opened, oldest first
 */
public record HandOff(long id, String reason, String language, String question, String displayName, Instant openedAt,
		Instant closedAt, HandOffMessage.Author closedBy, List<HandOffMessage> messages) {

	public HandOff {
		messages = List.copyOf(messages);
	}

	/** Whether a person still handles it. */
	public boolean open() {
		return closedAt == null;
	}

	/**
	 * The FAQ entry whose answer did not help, when that is why the resident asked for a
	 * person.
	 */
	public Optional<String> unhelpfulEntry() {
		// The bot writes this reason as "FAQ <id>: not solved" (HandOffConversation).
		if (reason == null || !reason.startsWith("FAQ ") || !reason.endsWith(": not solved")) {
			return Optional.empty();
		}
		return Optional.of(reason.substring("FAQ ".length(), reason.length() - ": not solved".length()));
	}

	/** Whether the resident left it (「やめる」) rather than staff closing it. */
	public boolean leftByResident() {
		return closedBy == HandOffMessage.Author.RESIDENT;
	}

}
