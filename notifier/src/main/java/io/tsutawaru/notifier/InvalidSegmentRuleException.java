package io.tsutawaru.notifier;

import java.text.MessageFormat;

/**
 * A segment rule that does not parse, or names an attribute or value the city does not
 * have. Besides its English message (for the API's problem details and logs) it carries a
 * {@link Problem} code and its arguments, so that the console can say the same thing in
 * the reader's language and mark the position in the rule.
 */
public class InvalidSegmentRuleException extends CodedProblem {

	private final int position;

	private final Problem problem;

	/**
	 * @param problem what is wrong
	 * @param position where, counting characters of the rule from 0
	 * @param arguments the values the problem's text names, in the order of its
	 * placeholders
	 */
	public InvalidSegmentRuleException(Problem problem, int position, String... arguments) {
		this(problem.english((Object[]) arguments), problem, position, arguments);
	}

	private InvalidSegmentRuleException(String message, Problem problem, int position, String... arguments) {
		super(message + " (at position " + position + ")", problem, arguments);
		this.position = position;
		this.problem = problem;
	}

	/**
	 * Something else than what the rule needs at this point.
	 * @param found the text found there, empty at the end of the rule
	 */
	public static InvalidSegmentRuleException expected(Expected what, String found, int position) {
		String english = Problem.EXPECTED.english(what.english,
				found.isEmpty() ? "the end of the rule" : "'" + found + "'");
		return new InvalidSegmentRuleException(english, Problem.EXPECTED, position, what.name(), found);
	}

	/** Where in the rule the problem was found, counting characters from 0. */
	public int position() {
		return position;
	}

	/** What is wrong, as a stable code ({@code UNKNOWN_ATTRIBUTE}). */
	public Problem problem() {
		return problem;
	}

	/**
	 * What can be wrong with a rule. The English texts are {@link MessageFormat}
	 * patterns; the console has its own texts for the same codes
	 * ({@code segment.problem.<CODE>}).
	 */
	public enum Problem implements Code {

		/** Nothing was written. */
		EMPTY("The rule is empty; write \"all\" to reach everyone"),
		/** {0}: the longest a rule may be. */
		TOO_LONG(
				"The rule is longer than {0} characters; select residents with fewer conditions, listing the values of one attribute with in (…)"),
		/** {0}: the most conditions a rule may have. */
		TOO_MANY_CONDITIONS("The rule has more than {0} conditions; list the values of one attribute with in (…)"),
		/** {0}: the most values a list may have. */
		TOO_MANY_VALUES("The list has more than {0} values"),
		/** {0}: the deepest nesting allowed. */
		TOO_DEEP("The rule nests \"not\" and parentheses more than {0} levels deep"),
		/** A quote is opened and never closed. */
		UNCLOSED_QUOTE("The text in quotes is not closed"),
		/** {0}: the character. */
		UNEXPECTED_CHARACTER("Unexpected character ''{0}''"),
		/** {@code interests} written as an attribute. */
		INTERESTS_FORM("Write interests as \"子育て\" in interests"),
		/** {0}: the word used as an attribute. */
		UNKNOWN_ATTRIBUTE("Unknown attribute ''{0}''; use area, age, language or \"…\" in interests"),
		/**
		 * {0}: the attribute, {1}: the value, {2}: the city's values, comma-separated.
		 */
		UNKNOWN_VALUE("Unknown {0} \"{1}\"; known: {2}"),
		/**
		 * {0}: what was expected ({@link Expected}'s name), {1}: what was found, empty at
		 * the end of the rule.
		 */
		EXPECTED("Expected {0} but found {1}");

		private final String english;

		Problem(String english) {
			this.english = english;
		}

		@Override
		public String englishPattern() {
			return english;
		}

	}

	/**
	 * What a rule needs at a point where something else was written
	 * ({@link Problem#EXPECTED}'s first argument).
	 */
	public enum Expected {

		AND_OR_END("\"and\", \"or\" or the end of the rule"), CLOSE("')'"), IN("\"in\""), INTERESTS("\"interests\""),
		ATTRIBUTE("an attribute (area, age, language) or a quoted interest"),
		OPERATOR("\"=\", \"!=\", \"in\" or \"is\""), OPEN_LIST("'(' and a list of values"),
		COMMA_OR_CLOSE("',' or ')'"), SET_OR_UNSET("\"set\" or \"unset\""), VALUE("a value in double quotes");

		private final String english;

		Expected(String english) {
			this.english = english;
		}

	}

}
