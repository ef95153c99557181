package io.tsutawaru.infrastructure.line;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Shortens texts to LINE's limits (counted in UTF-16 units, as LINE and Java count them)
 * without cutting a character in half: a cut inside a surrogate pair leaves half an
 * emoji, which LINE rejects or shows as a broken glyph, and a cut inside a joined emoji
 * (a family, a flag) shows another picture than the one written. Cuts fall on the
 * boundaries of what a reader sees as one character (extended grapheme clusters).
 */
public final class LineTexts {

	private static final String ELLIPSIS = "…";

	private LineTexts() {
	}

	/**
	 * The text itself when it fits, otherwise as much of it as fits with "…" at the end,
	 * within {@code limit}.
	 */
	public static String abbreviate(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		return text.substring(0, cut(text, limit - ELLIPSIS.length())) + ELLIPSIS;
	}

	/**
	 * The last character boundary at or before {@code index}: where the text may be cut
	 * to keep at most that much.
	 */
	public static int cut(String text, int index) {
		if (index >= text.length()) {
			return text.length();
		}
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
		characters.setText(text);
		int boundary = characters.preceding(index + 1);
		return boundary == BreakIterator.DONE ? 0 : boundary;
	}

}
