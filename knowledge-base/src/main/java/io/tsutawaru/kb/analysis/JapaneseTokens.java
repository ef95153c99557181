package io.tsutawaru.kb.analysis;

/**
 * One Japanese text analysed once by Kuromoji and read two ways.
 *
 * @param words as the word fields analyse it ({@link FaqAnalysis#japaneseWords()})
 * @param readings as the reading field analyses it
 * ({@link FaqAnalysis#japaneseReadings()})
 */
public record JapaneseTokens(AnalysedTokens words, AnalysedTokens readings) {
}
