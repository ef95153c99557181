package io.tsutawaru.batch;

/**
 * A recurring broadcast cannot be scheduled as written; {@link #reason()} says why as a
 * code the console puts into the staff member's words
 * ({@code schedule.problem.<reason>}). When the notice each occurrence would become is
 * what is wrong, the notifier's own refusal is the cause, with its code and arguments.
 */
public class InvalidScheduleException extends InvalidJobParametersException {

	private final Reason reason;

	public InvalidScheduleException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** The notice every occurrence becomes is refused: {@code cause} says why. */
	public InvalidScheduleException(RuntimeException cause) {
		super(cause.getMessage());
		initCause(cause);
		this.reason = Reason.NOTICE;
	}

	/** Why the schedule was refused. */
	public Reason reason() {
		return reason;
	}

	/** Why a recurring broadcast cannot be scheduled. */
	public enum Reason {

		/** No title, no body or no channel. */
		TEMPLATE_INCOMPLETE,
		/** No frequency or no time of day. */
		RECURRENCE_INCOMPLETE,
		/** Weekly without a day of the week. */
		WEEKDAY_MISSING,
		/** Monthly without a day of the month from 1 to 31. */
		MONTH_DAY_INVALID,
		/** The notice is refused by the notifier: see the cause. */
		NOTICE

	}

}
