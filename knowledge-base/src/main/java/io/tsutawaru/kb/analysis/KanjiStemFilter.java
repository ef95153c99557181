package io.tsutawaru.kb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reduces a word written with kanji to its kanji alone, dropping the kana that inflect or spell it out
 * (okurigana): 振り込む and 振込, 申し込み and 申込, 引っ越し and 引越 become one term. Residents write the verb
 * ("振り込まれる"), the FAQ the noun ("振込日"); base forms alone cannot join them. Words without kanji stay as
 * they are.
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
        char[] buffer = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            if (isKanji(buffer[i])) {
                buffer[kept++] = buffer[i];
            }
        }
        if (kept > 0) {
            term.setLength(kept);
        }
        return true;
    }

    /** CJK unified ideographs and the repetition mark 々 (人々, 各々). */
    static boolean isKanji(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || c == '々';
    }
}
