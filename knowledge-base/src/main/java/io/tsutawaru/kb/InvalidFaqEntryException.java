package io.tsutawaru.kb;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;

/**
 * An FAQ entry lacks a required field or carries a value that is not allowed. The message
 * says which in English (for the API and the logs); {@link #problem()} and
 * {@link #arguments()} say it as a code, so that the console can say it in the staff
 * member's language.
 */
public class InvalidFaqEntryException extends RuntimeException {

	private final Problem problem;

	private final List<String> arguments;

	/**
	 * @param problem what is wrong
	 * @param arguments the problem's values, in the order of its English pattern
	 */
	public InvalidFaqEntryException(Problem problem, Object... arguments) {
		super(MessageFormat.format(problem.english, arguments));
		this.problem = problem;
		this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
	}

	/** What is wrong. */
	public Problem problem() {
		return problem;
	}

	/**
	 * The problem's values as text: a field's name ({@code alternatives[2]}), a limit, a
	 * position counted from 0.
	 */
	public List<String> arguments() {
		return arguments;
	}

	/**
	 * What can be wrong with an entry. The English texts are {@link MessageFormat}
	 * patterns; the console has its own texts for the same codes
	 * ({@code kb.problem.<CODE>}).
	 */
	public enum Problem {

		ENTRY_MISSING("an entry is required"), ID_INVALID("id is required: up to 100 letters, digits or . _ : / -"),
		/** {0}: the id. */
		ID_TAKEN("An entry with the id {0} already exists"), QUESTION_MISSING("question is required"),
		/** {0}: the limit. */
		QUESTION_TOO_LONG("question is longer than {0} characters"), ANSWER_MISSING("answer is required"),
		/** {0}: the limit. */
		ANSWER_TOO_LONG("answer is longer than {0} characters"),
		LANGUAGE_INVALID("language must be a code such as ja, en or easy-ja"),
		/** {0}: the limit. */
		TOO_MANY_ALTERNATIVES("more than {0} alternatives"),
		/** {0}: the limit. */
		ALTERNATIVE_INVALID("alternatives must not be empty or longer than {0} characters"),
		/** {0}: the limit. */
		LABEL_TOO_LONG("category and department are limited to {0} characters"),
		/** {0}: the limit. */
		CONTACT_TOO_LONG("phone and hours are limited to {0} characters"),
		URL_INVALID("url must be an http or https address"),
		/** {0}: the link as written. */
		URL_UNREADABLE("The page link is not a web address: {0}"),
		/** {0}: the field, {1}: the character (U+0000), {2}: its position from 0. */
		CONTROL_CHARACTER("{0} holds a control character ({1}) at position {2}, which no channel can carry; delete it"),
		/** {0}: the field, {1}: the character, {2}: its position from 0. */
		NONCHARACTER("{0} holds a noncharacter ({1}) at position {2}, which no channel can carry; delete it"),
		/** {0}: the field, {1}: the half character, {2}: its position from 0. */
		UNPAIRED_SURROGATE(
				"{0} holds half of a character (an unpaired surrogate, {1}) at position {2}, which no channel can carry; delete it");

		private final String english;

		Problem(String english) {
			this.english = english;
		}

	}

}
