package io.tsutawaru.notifier;

/**
 * An answer that cannot be recorded: the notice asks nothing (or something else), was
 * cancelled, or never reached the resident. The bot and the answer page tell the resident
 * kindly; nothing is recorded.
 */
public class AnswerRefusedException extends RuntimeException {

	private final Reason reason;

	public AnswerRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** Why, for the words the resident reads. */
	public Reason reason() {
		return reason;
	}

	/** Why an answer is refused. */
	public enum Reason {

		/** No such notice, or it was never published. */
		UNKNOWN_NOTICE,
		/** The notice asks nothing, or not this answer. */
		NOT_ASKED,
		/** The notice was cancelled: there is nothing left to answer. */
		CANCELLED,
		/** The resident is not one the notice went to. */
		NOT_REACHED

	}

}
