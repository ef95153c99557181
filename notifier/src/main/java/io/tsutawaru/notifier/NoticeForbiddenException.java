package io.tsutawaru.notifier;

/** The staff member's roles do not allow this action on a notice. */
public class NoticeForbiddenException extends CodedProblem {

	public NoticeForbiddenException(Problem problem) {
		super(problem);
	}

	/**
	 * Who may not do what; the console has its own texts for the same codes
	 * ({@code notice.forbidden.<CODE>}).
	 */
	public enum Problem implements Code {

		EMERGENCY_STAFF_ONLY("Only emergency staff may send an emergency notice"),
		AUTHOR_MAY_NOT_APPROVE("A second member of staff must approve this notice, not its author"),
		EDITOR_MAY_NOT_APPROVE("A second member of staff must approve this notice, not someone who changed it"),
		PR_STAFF_ONLY("Only PR staff approve or return notices");

		private final String english;

		Problem(String english) {
			this.english = english;
		}

		@Override
		public String englishPattern() {
			return english;
		}

	}

}
