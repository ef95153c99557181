package io.tsutawaru.kb.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;

/**
 * Japanese words replaced by their readings (in hiragana), so that spellings of one word
 * meet: 子供, 子ども and こども all become こども. Readings also join homophones, so this field only
 * ever carries a small weight.
 */
final class JapaneseReadingAnalyzer extends Analyzer {

	private final CharArraySet stopWords;

	JapaneseReadingAnalyzer(CharArraySet stopWords) {
		this.stopWords = stopWords;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return NfkcReader.normalise(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		var tokenizer = JapaneseWordAnalyzer.tokenizer();
		return new TokenStreamComponents(tokenizer,
				readingFilters(JapaneseWordAnalyzer.contentMorphemes(tokenizer), stopWords));
	}

	/** What makes readings of the content morphemes. */
	static TokenStream readingFilters(TokenStream contentMorphemes, CharArraySet stopWords) {
		TokenStream stream = new LowerCaseFilter(contentMorphemes);
		// Stop words are written in hiragana, so they are removed before the readings
		// turn them into katakana.
		stream = new StopFilter(new KanaFoldingFilter(stream), stopWords);
		stream = new JapaneseReadingFormFilter(stream, false);
		return new KanaFoldingFilter(stream);
	}

}
