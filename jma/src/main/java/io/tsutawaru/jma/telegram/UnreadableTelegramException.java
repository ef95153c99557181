package io.tsutawaru.jma.telegram;

/**
 * A telegram that cannot be read: not XML, too large, not one of JMA's reports, or
 * missing what every report has. The only exception the parser throws.
 */
public class UnreadableTelegramException extends Exception {

	/** Why, as a code to record and show. */
	public enum Reason {

		/** Larger than the parser accepts. */
		TOO_LARGE,
		/**
		 * Not well-formed XML, or XML the secure parser refuses (DTDs, entities, deep
		 * nesting).
		 */
		NOT_XML,
		/** Well-formed XML, but not a JMA report ({@code jmx:Report}). */
		NOT_A_REPORT,
		/**
		 * A JMA report without a field every report has, or with a value the format does
		 * not allow.
		 */
		MISSING_OR_INVALID_FIELD

	}

	private final Reason reason;

	public UnreadableTelegramException(Reason reason, String detail) {
		super(reason + ": " + detail);
		this.reason = reason;
	}

	public UnreadableTelegramException(Reason reason, String detail, Throwable cause) {
		super(reason + ": " + detail, cause);
		this.reason = reason;
	}

	/** Why the telegram could not be read. */
	public Reason reason() {
		return reason;
	}

}
