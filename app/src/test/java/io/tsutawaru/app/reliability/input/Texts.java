package io.tsutawaru.app.reliability.input;

import java.util.List;
import java.util.Random;

/**
 * What residents type, and what a search box must survive: ordinary questions, Lucene's
 * query syntax (a query parser would choke on most of these), markup, control characters
 * and very long texts.
 */
final class Texts {

	/**
	 * Texts that mean something to Lucene's classic query parser, or to a careless one.
	 */
	static final List<String> QUERY_SYNTAX = List.of("保育園 AND 申し込み", "\"粗大ごみ", "ごみ*", "*", "?", "title:ごみ", "[1 TO 5]",
			"{!lucene q=*:*}", "\\", "~", "ごみ~2", "/正規.*表現/", "((((((", "))))", "*:*", "+-&&||!(){}[]^\"~*?:\\/", "OR",
			"NOT", "AND AND", "ごみ^100", "\"保育園\"~10", "field:", ":", "a:b:c", "ごみ OR OR 保育園", "-", "+", "!", "&&", "||",
			"^", "\u0000", "\uFFFF", "\uD800");

	private static final List<String> QUESTIONS = List.of("粗大ごみの出し方", "保育園の申し込みはいつまでですか", "マイナンバーカード", "子どもの予防接種", "ごみ",
			"こんにちは", "Where can I get a residence card?", "ありがとう", "<script>document.title='pwned'</script>",
			"' OR 1=1 --", "🙂🙂🙂", "\u202Eevil", "   ", "", "\t\n\r", "市役所\u0000の電話番号");

	private Texts() {
	}

	static String question(Random random) {
		return random.nextInt(3) == 0 ? QUERY_SYNTAX.get(random.nextInt(QUERY_SYNTAX.size()))
				: QUESTIONS.get(random.nextInt(QUESTIONS.size()));
	}

	/**
	 * A text of {@code length} characters drawn from kana, kanji, Latin letters, digits
	 * and query operators.
	 */
	static String huge(Random random, int length) {
		String alphabet = "あいうえおかきくけこごみ保育園申込税金 abcXYZ019*?~\"():[]";
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	/** Nested arrays {@code depth} deep. */
	static String nested(int depth) {
		return "[".repeat(depth) + "]".repeat(depth);
	}

}
