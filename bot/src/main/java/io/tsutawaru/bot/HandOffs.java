package io.tsutawaru.bot;

import java.util.List;

/**
 * Conversations residents asked to have with a person, for the staff console. A Spring
 * bean.
 */
public interface HandOffs {

	/** The open hand-offs, oldest first, each with its messages. */
	List<HandOff> open();

	/**
	 * One hand-off, open or closed.
	 * @throws HandOffNotFoundException when there is none with this number
	 */
	HandOff get(long id);

	/**
	 * Sends a staff member's answer to the resident as a push message and keeps it with
	 * the conversation.
	 * @throws HandOffNotFoundException when there is no open hand-off with this number
	 * @throws HandOffReplyRejectedException when the text is empty or longer than 5,000
	 * characters
	 */
	PushOutcome reply(long id, String text);

	/**
	 * Ends the hand-off: the resident is told, and the bot answers them again from now
	 * on.
	 * @throws HandOffNotFoundException when there is no open hand-off with this number
	 */
	PushOutcome close(long id);

}
