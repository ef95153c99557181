package io.tsutawaru.bot;

/** What became of a message staff sent to a resident through LINE. */
public sealed interface PushOutcome {

	/**
	 * LINE accepted the message.
	 *
	 * @param requestId LINE's id of the request, for support enquiries
	 */
	record Pushed(String requestId) implements PushOutcome {
	}

	/** The resident blocked the account, so nothing was sent to them. */
	record ResidentLeft() implements PushOutcome {
	}

	/**
	 * LINE refused the message or could not be reached; staff may try again.
	 *
	 * @param reason what went wrong, without any personal data
	 */
	record Failed(String reason) implements PushOutcome {
	}

}
