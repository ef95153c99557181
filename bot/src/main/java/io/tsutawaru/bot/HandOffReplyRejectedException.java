package io.tsutawaru.bot;

import io.tsutawaru.notifier.CodedProblem;

/**
 * A staff reply that cannot be sent as it is: empty, or longer than one LINE message
 * allows. Its code and arguments let the console say so in the staff's language
 * ({@code handoffs.problem.<CODE>}).
 */
public class HandOffReplyRejectedException extends CodedProblem {

	/**
	 * @param arguments what the problem's text names
	 */
	public HandOffReplyRejectedException(Problem problem, String... arguments) {
		super(problem, arguments);
	}

	/** The longest a reply may be, written as the English text writes counts. */
	public static HandOffReplyRejectedException tooLong(int limit) {
		return new HandOffReplyRejectedException(Problem.TOO_LONG, count(limit));
	}

	/** What is wrong with a reply. */
	public enum Problem implements Code {

		EMPTY("A reply must not be empty"),
		/** {0}: the most characters a reply may have. */
		TOO_LONG("A reply must have between 1 and {0} characters");

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
