package io.tsutawaru.kb.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * Japanese words for the main fields: Kuromoji in search mode (compounds also split into
 * their parts), base forms, particles and auxiliaries dropped, stop words dropped, kana
 * folded.
 */
final class JapaneseWordAnalyzer extends Analyzer {

	private final CharArraySet stopWords;

	private final boolean kanjiStems;

	/**
	 * @param stopWords words dropped after folding
	 * @param kanjiStems whether words with kanji are reduced to their kanji
	 * ({@link KanjiStemFilter})
	 */
	JapaneseWordAnalyzer(CharArraySet stopWords, boolean kanjiStems) {
		this.stopWords = stopWords;
		this.kanjiStems = kanjiStems;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return NfkcReader.normalise(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		var tokenizer = tokenizer();
		TokenStream stream = wordFilters(contentMorphemes(tokenizer), stopWords);
		if (kanjiStems) {
			stream = new KanjiStemFilter(stream);
		}
		return new TokenStreamComponents(tokenizer, stream);
	}

	/**
	 * Kuromoji in search mode, punctuation discarded: the start of the word and of the
	 * reading analysis.
	 */
	static JapaneseTokenizer tokenizer() {
		return new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
	}

	/**
	 * Base forms, particles and auxiliaries dropped: shared by the word and the reading
	 * analysis.
	 */
	static TokenStream contentMorphemes(TokenStream tokenizer) {
		TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
		return new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
	}

	/**
	 * What makes words of the content morphemes: katakana stems, lower case, kana folded,
	 * stop words dropped.
	 */
	static TokenStream wordFilters(TokenStream contentMorphemes, CharArraySet stopWords) {
		TokenStream stream = new JapaneseKatakanaStemFilter(contentMorphemes);
		stream = new LowerCaseFilter(stream);
		stream = new KanaFoldingFilter(stream);
		return new StopFilter(stream, stopWords);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new KanaFoldingFilter(new LowerCaseFilter(in));
	}

}
