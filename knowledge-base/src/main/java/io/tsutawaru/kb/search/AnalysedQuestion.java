package io.tsutawaru.kb.search;

import io.tsutawaru.kb.analysis.AnalysedTokens;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.util.Set;

/**
 * A resident's question analysed once for everything a search does with it: the ranking query's fields and the
 * answer confidence. Kuromoji runs once on the question, or twice when synonyms add words (the word fields search
 * the expanded question, readings and the confidence the question as typed).
 *
 * @param language   how the question is searched
 * @param text       the question, cut to {@link #MAX_LENGTH} characters
 * @param words      the words of the question and its synonym expansions (English: of the question)
 * @param readings   the readings of the question; empty for English
 * @param ownWords   the words of the question as typed, which the answer confidence weighs
 */
record AnalysedQuestion(SearchLanguage language, String text, AnalysedTokens words, AnalysedTokens readings,
                        Set<String> ownWords) {

    /** Residents type a sentence or two; anything longer is pasted text whose tail adds nothing but cost. */
    static final int MAX_LENGTH = 200;

    static AnalysedQuestion of(String question, SearchLanguage language, FaqAnalysis analysis) {
        String text = question.length() > MAX_LENGTH ? question.substring(0, MAX_LENGTH) : question;
        if (language == SearchLanguage.ENGLISH) {
            var words = AnalysedTokens.of(analysis.english(), FaqFields.EN_QUESTION, text);
            return new AnalysedQuestion(language, text, words, words, words.terms());
        }
        var typed = analysis.japaneseTokens().analyse(text);
        var expansions = analysis.synonyms().expansions(text);
        var words = expansions.isEmpty() ? typed.words()
                : analysis.japaneseTokens().analyse(text + "\n" + String.join("\n", expansions)).words();
        return new AnalysedQuestion(language, text, words, typed.readings(), typed.words().terms());
    }
}
