package io.tsutawaru.kb.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * The word and reading analyses of a text from one Kuromoji pass: the word and reading
 * analyzers share the tokenizer, base forms and part-of-speech filtering, so that part
 * runs once, is cached, and is read by each analyzer's own filters. Gives exactly the
 * tokens of {@link JapaneseWordAnalyzer} and {@link JapaneseReadingAnalyzer}.
 */
public final class OnePassJapaneseAnalysis {

	private final Analyzer morphemes = new MorphemeAnalyzer();

	private final CharArraySet stopWords;

	OnePassJapaneseAnalysis(CharArraySet stopWords) {
		this.stopWords = stopWords;
	}

	/**
	 * Analyses a text.
	 * @param text the text
	 * @return its words and readings
	 */
	public JapaneseTokens analyse(String text) {
		try (TokenStream shared = morphemes.tokenStream("", text)) {
			var cached = new CachingTokenFilter(shared);
			var words = AnalysedTokens.consume(JapaneseWordAnalyzer.wordFilters(cached, stopWords));
			var readings = AnalysedTokens.consume(JapaneseReadingAnalyzer.readingFilters(cached, stopWords));
			return new JapaneseTokens(words, readings);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the word and reading analyzers have in common. */
	private static final class MorphemeAnalyzer extends Analyzer {

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return NfkcReader.normalise(reader);
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			var tokenizer = JapaneseWordAnalyzer.tokenizer();
			return new TokenStreamComponents(tokenizer, JapaneseWordAnalyzer.contentMorphemes(tokenizer));
		}

	}

}
