package io.tsutawaru.notifier;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A refusal staff read in their own language. Besides its English message (for the REST
 * API's problem details, which clients already read, and for logs) it carries a stable
 * code and the values its text names, so that the console can say the same thing from its
 * message bundles ({@code <the exception's prefix>.<CODE>}, placeholders in the order of
 * {@link #arguments()}). The segment rules' problems set the pattern; the notices' own
 * and the hand-offs' follow it.
 */
public abstract class CodedProblem extends RuntimeException {

	private final Code code;

	private final List<String> arguments;

	/** The message is the code's English text with the arguments filled in. */
	protected CodedProblem(Code code, String... arguments) {
		this(code.english(arguments), code, arguments);
	}

	/** For a message that adds to the code's English text (a segment rule's position). */
	protected CodedProblem(String message, Code code, String... arguments) {
		super(message);
		this.code = code;
		// A value missing from a hand-made request (a null in a JSON list) is named as
		// the English text names it.
		this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
	}

	/** What is wrong, as a stable code ({@code TITLE_MISSING}). */
	public String code() {
		return code.name();
	}

	/** The values the problem's text names, in the order of its placeholders. */
	public List<String> arguments() {
		return arguments;
	}

	/**
	 * What kind of value the argument at this index is, for putting it into the reader's
	 * words.
	 */
	public Argument argument(int index) {
		return code.argument(index);
	}

	/** A count as the English texts write it: {@code 2,000}. */
	protected static String count(int count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

	/**
	 * What a problem's code is: an enum constant whose English text is a
	 * {@link MessageFormat} pattern of its arguments.
	 */
	public interface Code {

		/** The stable code. */
		String name();

		/** The English text, a {@link MessageFormat} pattern ({@code ''} for a quote). */
		String englishPattern();

		/**
		 * What kind of value the argument at this index is; {@link Argument#TEXT} unless
		 * the code says otherwise.
		 */
		default Argument argument(int index) {
			return Argument.TEXT;
		}

		/** The English text with the arguments filled in. */
		default String english(Object... arguments) {
			return new MessageFormat(englishPattern(), Locale.ROOT).format(arguments);
		}

	}

	/**
	 * What kind of value an argument is, so that the console can put it into its reader's
	 * words: a field as the REST API names it ({@code translations.en.title}), a language
	 * code ({@code easy-ja}), a notice's {@link NoticeState}, a position counted from 0
	 * (people count from 1). Text is shown as it is (what staff typed, a number).
	 */
	public enum Argument {

		TEXT, FIELD, LANGUAGE, STATE, POSITION

	}

}
