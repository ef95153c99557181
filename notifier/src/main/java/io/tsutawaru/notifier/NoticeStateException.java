package io.tsutawaru.notifier;

import java.text.MessageFormat;

import static io.tsutawaru.notifier.CodedProblem.Argument.STATE;
import static io.tsutawaru.notifier.CodedProblem.Argument.TEXT;

/**
 * The action does not fit where the notice is in its lifecycle (e.g. approving a sent
 * notice).
 */
public class NoticeStateException extends CodedProblem {

	/**
	 * @param arguments the notice's id first, then what the problem's text names
	 */
	public NoticeStateException(Problem problem, String... arguments) {
		super(problem, arguments);
	}

	/**
	 * Why the notice's state does not allow the action. The English texts are
	 * {@link MessageFormat} patterns whose {0} is the notice's id; the console has its
	 * own texts for the same codes ({@code notice.conflict.<CODE>}).
	 */
	public enum Problem implements Code {

		/** {1}: its state. */
		NOT_SCHEDULED("Notice {0} is {1}, not scheduled", TEXT, STATE),
		/** Someone else changed it between reading and writing. */
		CHANGED_MEANWHILE("Notice {0} was changed at the same time; try again"),
		/** {1}: its state, {2}: the state asked for. */
		CANNOT_BECOME("Notice {0} is {1}; it cannot become {2}", TEXT, STATE, STATE),
		/** {1}: its state. */
		NOTHING_AWAITS_APPROVAL("Notice {0} is {1}; nothing of it awaits approval", TEXT, STATE),
		/** {1}: its state. */
		NOT_A_DRAFT("Notice {0} is {1}, not a draft", TEXT, STATE),
		CANCELLED_NOT_UPDATED("Notice {0} was cancelled and cannot be updated"),
		ALREADY_CANCELLED("Notice {0} is already cancelled"),
		NOT_SENT("Notice {0} did not go out; cancelling it sends nothing"),
		/** {1}: the version asked for. */
		NO_SUCH_VERSION("Notice {0} has no published version {1}");

		private final String english;

		private final Argument[] arguments;

		Problem(String english, Argument... arguments) {
			this.english = english;
			this.arguments = arguments;
		}

		@Override
		public String englishPattern() {
			return english;
		}

		@Override
		public Argument argument(int index) {
			return index < arguments.length ? arguments[index] : Argument.TEXT;
		}

	}

}
