package io.tsutawaru.kb.analysis;

import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping pairs of characters over kana-folded text: the fallback for words the
 * dictionary lacks (place names, new programmes, misspellings), where Kuromoji's
 * segmentation of query and entry may disagree.
 */
final class CharacterBigramAnalyzer extends Analyzer {

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		// Folding before the tokenizer keeps hiragana and katakana runs in one bigram
		// stream.
		return new StringReader(KanaFolding.fold(NfkcReader.normalisedText(reader)));
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		var tokenizer = new StandardTokenizer();
		return new TokenStreamComponents(tokenizer, new CJKBigramFilter(new LowerCaseFilter(tokenizer),
				CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
				false));
	}

}
