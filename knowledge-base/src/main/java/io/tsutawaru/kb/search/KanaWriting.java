package io.tsutawaru.kb.search;

/**
 * Whether a question is written in kana: at least 85 % of its letters hiragana, as in
 * 「じどうてあていつふりこまれる」 or the spaced easy Japanese 「こどもが ねつを だしました」. Ordinary Japanese is
 * about a third kanji; a question of one kanji word in a long kana sentence
 * (「母子手帳ってどこでもらえるんやろ」, 73 % kana) is not kana-written, nor is one of katakana loanwords
 * (「マイナンバーカード」), which Kuromoji reads as words (counting katakana as kana lowered the
 * tune half by 0.006 ndcg@10: 20 of the 250 development questions would count).
 */
final class KanaWriting {

	private static final double KANA_SHARE = 0.85;

	private KanaWriting() {
	}

	static boolean isKanaWritten(String text) {
		int kana = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			Character.UnicodeBlock block = Character.UnicodeBlock.of(text.charAt(i));
			if (block == Character.UnicodeBlock.HIRAGANA) {
				kana++;
				letters++;
			}
			else if (Character.isLetter(text.charAt(i))) {
				letters++;
			}
		}
		return letters > 0 && kana >= KANA_SHARE * letters;
	}

}
