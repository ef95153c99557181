package io.tsutawaru.kb.analysis;

/**
 * Folds katakana onto hiragana, so that ゴミ and ごみ, or a word and its katakana reading,
 * become one term.
 *
 * <p>
 * Only the letters that have a hiragana twin move (ァ..ヶ); the long-vowel mark and middle
 * dot stay.
 */
final class KanaFolding {

	private static final char FIRST_KATAKANA = '\u30A1';

	private static final char LAST_FOLDABLE = '\u30F6';

	private static final int KATAKANA_TO_HIRAGANA = 0x60;

	private KanaFolding() {
	}

	static boolean foldInPlace(char[] buffer, int length) {
		boolean changed = false;
		for (int i = 0; i < length; i++) {
			char c = buffer[i];
			if (c >= FIRST_KATAKANA && c <= LAST_FOLDABLE) {
				buffer[i] = (char) (c - KATAKANA_TO_HIRAGANA);
				changed = true;
			}
		}
		return changed;
	}

	static String fold(String text) {
		char[] chars = text.toCharArray();
		return foldInPlace(chars, chars.length) ? new String(chars) : text;
	}

}
