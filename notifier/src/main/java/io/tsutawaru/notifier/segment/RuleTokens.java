package io.tsutawaru.notifier.segment;

import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.InvalidSegmentRuleException.Problem;

/** Splits a rule into words, strings and punctuation, remembering where each starts. */
final class RuleTokens {

	enum Kind {

		WORD, STRING, OPEN, CLOSE, COMMA, EQUALS, NOT_EQUALS, END

	}

	record Token(Kind kind, String text, int position) {
		boolean isWord(String word) {
			return kind == Kind.WORD && text.equalsIgnoreCase(word);
		}
	}

	private RuleTokens() {
	}

	static List<Token> of(String rule) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < rule.length()) {
			char c = rule.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '(' || c == '（') {
				tokens.add(new Token(Kind.OPEN, "(", i++));
			}
			else if (c == ')' || c == '）') {
				tokens.add(new Token(Kind.CLOSE, ")", i++));
			}
			else if (c == ',' || c == '、' || c == '，') {
				tokens.add(new Token(Kind.COMMA, ",", i++));
			}
			else if (c == '=') {
				tokens.add(new Token(Kind.EQUALS, "=", i++));
			}
			else if (c == '!' && i + 1 < rule.length() && rule.charAt(i + 1) == '=') {
				tokens.add(new Token(Kind.NOT_EQUALS, "!=", i));
				i += 2;
			}
			else if (closingQuote(c) != 0) {
				int end = rule.indexOf(closingQuote(c), i + 1);
				if (end < 0) {
					throw new InvalidSegmentRuleException(Problem.UNCLOSED_QUOTE, i);
				}
				tokens.add(new Token(Kind.STRING, rule.substring(i + 1, end), i));
				i = end + 1;
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < rule.length() && (Character.isLetterOrDigit(rule.charAt(i)) || rule.charAt(i) == '_')) {
					i++;
				}
				tokens.add(new Token(Kind.WORD, rule.substring(start, i), start));
			}
			else {
				throw new InvalidSegmentRuleException(Problem.UNEXPECTED_CHARACTER, i, String.valueOf(c));
			}
		}
		tokens.add(new Token(Kind.END, "", rule.length()));
		return tokens;
	}

	/** Staff type rules in Japanese editors, so 「」 and “” quote as well as "". */
	private static char closingQuote(char open) {
		return switch (open) {
			case '"' -> '"';
			case '「' -> '」';
			case '“' -> '”';
			default -> 0;
		};
	}

}
