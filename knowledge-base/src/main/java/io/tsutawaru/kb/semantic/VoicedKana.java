package io.tsutawaru.kb.semantic;

import java.text.Normalizer;

/**
 * Drops the voicing marks of kana (が → か, ど → と, バ → ハ). A model with a Chinese
 * vocabulary (the packaged bge-small-zh-v1.5 lacks every voiced kana) reads a kana word
 * that holds one as a single unknown token, so ゴミ or こども would be invisible to it;
 * without the marks the word is still read (chosen on the tune half of the development
 * split, docs/benchmarks.md).
 */
final class VoicedKana {

	private VoicedKana() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
		return Normalizer.normalize(decomposed.replace("\u3099", "").replace("\u309A", ""), Normalizer.Form.NFC);
	}

}
