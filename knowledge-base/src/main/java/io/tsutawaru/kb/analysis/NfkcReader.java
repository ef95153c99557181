package io.tsutawaru.kb.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * Applies Unicode NFKC before tokenisation, so full-width ＡＢＣ１２３, half-width ｶﾀｶﾅ and ①
 * meet their ordinary forms. Offsets shift, which is harmless here: the index does not
 * highlight.
 */
final class NfkcReader {

	private NfkcReader() {
	}

	static Reader normalise(Reader reader) {
		return new StringReader(normalisedText(reader));
	}

	static String normalisedText(Reader reader) {
		try {
			var text = new StringBuilder();
			char[] buffer = new char[1024];
			for (int read; (read = reader.read(buffer)) != -1;) {
				text.append(buffer, 0, read);
			}
			return Normalizer.normalize(text, Normalizer.Form.NFKC);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
