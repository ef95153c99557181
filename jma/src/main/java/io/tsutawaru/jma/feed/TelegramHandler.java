package io.tsutawaru.jma.feed;

/**
 * Acts on a telegram the feeds brought: decides, and creates, updates or cancels the
 * notice. It is called inside the transaction that claimed the telegram, so what it
 * writes (the notice through the notifier, its own tables) is committed together with the
 * claim, or not at all: a failure rolls both back and the telegram is tried again.
 */
public interface TelegramHandler {

	/**
	 * What was done with the telegram. Throws when it could not act (the database, the
	 * notifier); the telegram is then tried again on the next poll, and recorded as
	 * ignored with the reason after the last attempt.
	 */
	TelegramOutcome act(ReceivedTelegram telegram);

}
