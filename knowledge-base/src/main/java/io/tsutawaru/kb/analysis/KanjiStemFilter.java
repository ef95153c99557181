package io.tsutawaru.kb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reduces a word written with kanji to its kanji alone, dropping the kana that inflect or
 * spell it out (okurigana): 振り込む and 振込, 申し込み and 申込, 引っ越し and 引越 become one term.
 * Residents write the verb ("振り込まれる"), the FAQ the noun ("振込日"); base forms alone cannot
 * join them. Words without kanji stay as they are.
 */
final class KanjiStemFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	KanjiStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		int kept = keepKanji(term.buffer(), term.length());
		if (kept > 0) {
			term.setLength(kept);
		}
		return true;
	}

	/**
	 * The filter's rewriting of one term, for tokens analysed earlier
	 * ({@link AnalysedTokens#kanjiStems()}).
	 */
	static String stem(String word) {
		char[] chars = word.toCharArray();
		int kept = keepKanji(chars, chars.length);
		return kept > 0 ? new String(chars, 0, kept) : word;
	}

	/** Moves the kanji to the front of the buffer and says how many there are. */
	private static int keepKanji(char[] buffer, int length) {
		int kept = 0;
		for (int i = 0; i < length; i++) {
			if (isKanji(buffer[i])) {
				buffer[kept++] = buffer[i];
			}
		}
		return kept;
	}

	/** CJK unified ideographs and the repetition mark 々 (人々, 各々). */
	static boolean isKanji(char c) {
		return (c >= '\u4E00' && c <= '\u9FFF') || c == '々';
	}

}
