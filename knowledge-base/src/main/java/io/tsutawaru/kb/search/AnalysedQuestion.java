package io.tsutawaru.kb.search;

import io.tsutawaru.kb.analysis.AnalysedTokens;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.analysis.SynonymCatalog;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resident's question analysed once for everything a search does with it: the ranking
 * query's fields and the answer confidence. Kuromoji runs once on the question, or more
 * when synonyms add words (the word fields search the expanded question, readings and the
 * confidence the question as typed, counting a synonym of a typed word as that word).
 *
 * @param language how the question is searched
 * @param text the question, cut to {@link #MAX_LENGTH} characters
 * @param words the words of the question and its synonym expansions (English: of the
 * question)
 * @param readings the readings of the question; empty for English
 * @param ownWords the words of the question as typed, which the answer confidence weighs
 * @param alternatives for each of {@code ownWords} that a synonym rule stands for, the
 * words that rule adds: a candidate with one of them covers the typed word as well as the
 * word itself would
 * @param reading the whole question's reading in hiragana
 * ({@link io.tsutawaru.kb.analysis.JapaneseReadingForm}); empty for English
 * @param kanaWritten whether the question is written (almost) without kanji, as a child,
 * a learner or easy Japanese writes: then its reading, not its words, finds the entry
 */
record AnalysedQuestion(SearchLanguage language, String text, AnalysedTokens words, AnalysedTokens readings,
		Set<String> ownWords, Map<String, Set<String>> alternatives, String reading, boolean kanaWritten) {

	/**
	 * Residents type a sentence or two; anything longer is pasted text whose tail adds
	 * nothing but cost.
	 */
	static final int MAX_LENGTH = 200;

	static AnalysedQuestion of(String question, SearchLanguage language, FaqAnalysis analysis) {
		String text = question.length() > MAX_LENGTH ? question.substring(0, MAX_LENGTH) : question;
		if (language == SearchLanguage.ENGLISH) {
			var words = AnalysedTokens.of(analysis.english(), FaqFields.EN_QUESTION, text);
			return new AnalysedQuestion(language, text, words, words, words.terms(), Map.of(), "", false);
		}
		var typed = analysis.japaneseTokens().analyse(text);
		var matches = analysis.synonyms().matches(text);
		String reading = analysis.readingForm().of(text);
		boolean kana = KanaWriting.isKanaWritten(text);
		if (matches.isEmpty()) {
			return new AnalysedQuestion(language, text, typed.words(), typed.readings(), typed.words().terms(),
					Map.of(), reading, kana);
		}
		var expansions = new LinkedHashSet<String>();
		matches.forEach(match -> expansions.addAll(match.added()));
		var words = analysis.japaneseTokens().analyse(text + "\n" + String.join("\n", expansions)).words();
		Set<String> own = typed.words().terms();
		return new AnalysedQuestion(language, text, words, typed.readings(), own, alternatives(own, matches, analysis),
				reading, kana);
	}

	private static Map<String, Set<String>> alternatives(Set<String> own, List<SynonymCatalog.Match> matches,
			FaqAnalysis analysis) {
		var alternatives = new HashMap<String, Set<String>>();
		for (var match : matches) {
			Set<String> added = null;
			for (String word : own) {
				if (match.standsFor(word)) {
					if (added == null) {
						// Analysed only for a rule that stands for a typed word; most
						// questions match none.
						added = analysis.japaneseTokens().analyse(String.join("\n", match.added())).words().terms();
					}
					alternatives.computeIfAbsent(word, any -> new HashSet<>()).addAll(added);
				}
			}
		}
		return alternatives;
	}
}
