package io.tsutawaru.notifier;

import java.text.MessageFormat;

import static io.tsutawaru.notifier.CodedProblem.Argument.FIELD;
import static io.tsutawaru.notifier.CodedProblem.Argument.LANGUAGE;
import static io.tsutawaru.notifier.CodedProblem.Argument.POSITION;
import static io.tsutawaru.notifier.CodedProblem.Argument.TEXT;

/**
 * A notice that cannot be sent as written (missing title, no channel, a character no
 * channel carries, ...): a {@link Problem} code and its arguments, with the field at
 * fault as the REST API names it.
 */
public class InvalidNoticeException extends CodedProblem {

	private final String field;

	private final int position;

	/** A problem of the notice as a whole. */
	public InvalidNoticeException(Problem problem, String... arguments) {
		this(problem, null, -1, arguments);
	}

	/**
	 * A problem with one field, e.g. {@code translations.en.title}; {@code position} is
	 * -1 when it is not one place.
	 */
	public InvalidNoticeException(Problem problem, String field, int position, String... arguments) {
		super(problem, arguments);
		this.field = field;
		this.position = position;
	}

	/** A text that is longer than its limit. */
	public static InvalidNoticeException tooLong(String field, int limit) {
		return new InvalidNoticeException(Problem.TOO_LONG, field, limit, field, count(limit));
	}

	/**
	 * The field at fault as the REST API names it, or null when the problem is not one
	 * field's.
	 */
	public String field() {
		return field;
	}

	/** Where in the field the problem is, counting characters from 0, or -1. */
	public int position() {
		return position;
	}

	/**
	 * What can be wrong with a notice. The English texts are {@link MessageFormat}
	 * patterns; the console has its own texts for the same codes
	 * ({@code notice.problem.<CODE>}).
	 */
	public enum Problem implements Code {

		TITLE_MISSING("A notice needs a title"), BODY_MISSING("A notice needs a body"),
		NO_CHANNEL("Choose at least one channel"),
		/** {0}: the language code as written. */
		UNKNOWN_LANGUAGE("Unknown language ''{0}'' in translations"),
		/** {0}: the language. */
		TRANSLATION_INCOMPLETE("The {0} translation needs a title and a body", LANGUAGE),
		/** {0}: the code as written. */
		AREA_CODE("''{0}'' is not a JIS X 0402 municipality code (5 or 6 digits)"),
		EXPIRES_BEFORE_SENT("The notice would expire before it is sent"),
		/** {0}: the field, {1}: the most characters it may have. */
		TOO_LONG("The {0} is longer than {1} characters", FIELD),
		/** {0}: the field, {1}: the character (U+0000), {2}: its position. */
		CONTROL_CHARACTER(
				"The {0} holds a control character ({1}) at position {2}, which no channel can carry; delete it", FIELD,
				TEXT, POSITION),
		/** {0}: the field, {1}: the character, {2}: its position. */
		NONCHARACTER("The {0} holds a noncharacter ({1}) at position {2}, which no channel can carry; delete it", FIELD,
				TEXT, POSITION),
		/** {0}: the field, {1}: the half character, {2}: its position. */
		UNPAIRED_SURROGATE(
				"The {0} holds half of a character (an unpaired surrogate, {1}) at position {2}, which no channel can carry; delete it",
				FIELD, TEXT, POSITION),
		/** {0}: the field (an area name), {1}: the position. */
		LINE_BREAK("The {0} holds a line break at position {1}; write one area per entry", FIELD, POSITION),
		/** {0}: the longest a web address may be. */
		LINK("The link must be a web address starting with http:// or https:// (up to {0} characters)"),
		/** {0}: the field (a list's entry). */
		NULL_ENTRY("{0} is null; leave it out or write the text", FIELD),
		/** {0}: the kind as written. */
		UNKNOWN_KIND("Unknown kind ''{0}''"),
		/**
		 * {0}: the field it was given for (channel, severity, status), {1}: the word as
		 * written.
		 */
		UNKNOWN_VALUE("Unknown {0} ''{1}''", FIELD),
		/** A recurring broadcast without the time it repeats at. */
		TIME_OF_DAY_MISSING("A recurring broadcast needs a time of day"),
		REASON_MISSING(
				"A cancellation of a notice that went out needs a reason: every resident who received it reads it"),
		COMMENT_MISSING("Say what the author should change: a return needs a comment"),
		/** {0}: the confirmation as written. */
		UNKNOWN_CONFIRMATION("Unknown confirmation ''{0}''; use none, acknowledge or safety"),
		ESCALATION_WITHOUT_QUESTION("escalateAfterMinutes needs a confirmation to wait for (acknowledge or safety)"),
		/** {0}: the longest wait in minutes. */
		ESCALATION_WAIT("escalateAfterMinutes must be between 1 and {0}");

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
