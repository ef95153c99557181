package io.tsutawaru.text;

import java.util.Optional;

/**
 * Text fit for every document the service writes: CAP, Atom and commons EDXL (XML 1.0),
 * the website's HTML, e-mail, LINE messages, the radio's script and CSV reports. One rule
 * for all of them, because the same title goes into each.
 * <p>
 * A character is fit when it is a {@code Char} of XML 1.0 (section 2.2) and none of the
 * characters that section asks documents to avoid: tab, line feed and carriage return,
 * and otherwise no control character (C0, DEL, C1), no noncharacter (U+FDD0–U+FDEF and
 * the last two code points of every plane, U+FFFE and U+FFFF among them) and no surrogate
 * without its pair. Private-use characters are fit: cities use them for the external
 * characters (外字) of place and person names.
 * <p>
 * Staff's input with an unfit character is refused with its position
 * ({@link #firstUnfit}), because staff can fix it; residents' messages and imported files
 * are cleaned ({@link #fit}), because a resident cannot and an import must not fail over
 * an invisible character. Every document writer cleans what it writes as well, so that
 * text stored before this rule can never make a document unreadable.
 */
public final class DocumentText {

	private static final char REPLACEMENT = '\uFFFD';

	private DocumentText() {
	}

	/**
	 * The first unfit character of a text.
	 * @param text any text, or null
	 * @return where it is and what it is, or empty when every character is fit (or the
	 * text is null)
	 */
	public static Optional<Unfit> firstUnfit(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!isFit(codePoint)) {
				return Optional.of(new Unfit(i, codePoint));
			}
			i += Character.charCount(codePoint);
		}
		return Optional.empty();
	}

	/**
	 * The text without its unfit characters: control characters and noncharacters are
	 * left out (they show nothing), a surrogate without its pair becomes U+FFFD (half of
	 * a character was there).
	 * @param text any text, or null
	 * @return the text itself when it is fit (no copy), else a cleaned copy; null for
	 * null
	 */
	public static String fit(String text) {
		if (text == null || firstUnfit(text).isEmpty()) {
			return text;
		}
		StringBuilder fit = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (isFit(codePoint)) {
				fit.appendCodePoint(codePoint);
			}
			else if (surrogate(codePoint)) {
				fit.append(REPLACEMENT);
			}
		});
		return fit.toString();
	}

	/** Whether one code point is fit (a surrogate code point on its own never is). */
	public static boolean isFit(int codePoint) {
		if (codePoint < 0x20) {
			return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
		}
		if (codePoint < 0x7F) {
			return true;
		}
		if (codePoint < 0xA0) {
			return false;
		}
		if (codePoint <= 0xD7FF) {
			return true;
		}
		if (codePoint < 0xE000 || codePoint > 0x10FFFF) {
			return false;
		}
		return !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF) && (codePoint & 0xFFFE) != 0xFFFE;
	}

	private static boolean surrogate(int codePoint) {
		return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
	}

	/**
	 * An unfit character of a text.
	 *
	 * @param position where it is, counting UTF-16 characters from 0 (as the segment
	 * rule's positions do)
	 * @param codePoint what it is; a lone surrogate's own value
	 */
	public record Unfit(int position, int codePoint) {

		/**
		 * What the character is, for a message to staff, e.g.
		 * {@code a control character (U+0000)}.
		 */
		public String description() {
			return switch (kind()) {
				case UNPAIRED_SURROGATE -> "half of a character (an unpaired surrogate, " + code() + ")";
				case CONTROL_CHARACTER -> "a control character (" + code() + ")";
				case NONCHARACTER -> "a noncharacter (" + code() + ")";
			};
		}

		/**
		 * Which kind of unfit character it is, so that a message can name it in the
		 * reader's language.
		 */
		public Kind kind() {
			if (surrogate(codePoint)) {
				return Kind.UNPAIRED_SURROGATE;
			}
			return Character.getType(codePoint) == Character.CONTROL ? Kind.CONTROL_CHARACTER : Kind.NONCHARACTER;
		}

		/** The character's Unicode name for people: {@code U+0000}. */
		public String code() {
			return String.format("U+%04X", codePoint);
		}

		/** The kinds of character no document may carry. */
		public enum Kind {

			CONTROL_CHARACTER, NONCHARACTER, UNPAIRED_SURROGATE

		}

	}

}
