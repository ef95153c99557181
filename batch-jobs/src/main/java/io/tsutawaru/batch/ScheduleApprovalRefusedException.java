package io.tsutawaru.batch;

/**
 * A recurring broadcast's approval was refused; {@link #reason()} says why as a code the
 * console puts into the staff member's words ({@code schedule.problem.<reason>}).
 */
public class ScheduleApprovalRefusedException extends JobLaunchRefusedException {

	private final Reason reason;

	public ScheduleApprovalRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** Why the approval was refused. */
	public Reason reason() {
		return reason;
	}

	/** Why a schedule cannot be approved. */
	public enum Reason {

		/** There is no such schedule (deleted meanwhile). */
		UNKNOWN,
		/** Its author may not approve it: a second member of staff must. */
		OWN_SCHEDULE,
		/** Someone approved it first. */
		ALREADY_APPROVED

	}

}
