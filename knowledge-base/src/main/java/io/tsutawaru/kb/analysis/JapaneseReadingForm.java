package io.tsutawaru.kb.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How a text is read aloud, in hiragana, without spaces or punctuation: 「児童手当はいつ振り込まれますか」
 * reads じどうてあてはいつふりこまれますか, as does a resident's 「じどうてあていつふりこまれる」 nearly. An all-kana or
 * spaced easy-Japanese question cannot be cut into the FAQ's words (Kuromoji has no kanji
 * to go by), but its reading shares most character pairs with the entry's reading; the
 * index matches those pairs.
 */
public final class JapaneseReadingForm {

	private final Analyzer morphemes = new Analyzer() {
		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return NfkcReader.normalise(reader);
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
		}
	};

	JapaneseReadingForm() {
	}

	/**
	 * @param text any text
	 * @return its reading in hiragana; words without a reading (Latin letters, digits) as
	 * written, lower case
	 */
	public String of(String text) {
		var reading = new StringBuilder(text.length() + 8);
		try (TokenStream tokens = morphemes.tokenStream("", text)) {
			var term = tokens.addAttribute(CharTermAttribute.class);
			var kana = tokens.addAttribute(ReadingAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String read = kana.getReading();
				reading.append(read != null ? read : term.toString().toLowerCase(java.util.Locale.ROOT));
			}
			tokens.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return KanaFolding.fold(reading.toString().replaceAll("\\s+", ""));
	}

}
