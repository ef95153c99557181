package io.tsutawaru.notifier.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.InvalidSegmentRuleException.Expected;
import io.tsutawaru.notifier.InvalidSegmentRuleException.Problem;
import io.tsutawaru.notifier.segment.RuleTokens.Kind;
import io.tsutawaru.notifier.segment.RuleTokens.Token;
import io.tsutawaru.notifier.segment.SegmentRule.Attribute;

/**
 * Recursive-descent parser of the rule language. Values are checked against the catalog:
 * a misspelt district would otherwise silently select nobody.
 *
 * <pre>
 * rule      = "all" | or
 * or        = and { "or" and }
 * and       = unary { "and" unary }
 * unary     = "not" unary | "(" or ")" | condition
 * condition = attribute ("=" | "!=") string | attribute ["not"] "in" "(" string { "," string } ")"
 *           | attribute "is" ("set" | "unset") | string "in" "interests"
 * </pre>
 */
final class SegmentRuleParser {

	private final AttributeCatalog catalog;

	private final List<Token> tokens;

	private int next;

	private final RuleSize size = new RuleSize();

	private SegmentRuleParser(AttributeCatalog catalog, List<Token> tokens) {
		this.catalog = catalog;
		this.tokens = tokens;
	}

	/**
	 * The rule as a tree, or an {@link InvalidSegmentRuleException} naming the position
	 * of the first problem.
	 */
	static SegmentRule parse(AttributeCatalog catalog, String rule) {
		if (rule == null || rule.isBlank()) {
			throw new InvalidSegmentRuleException(Problem.EMPTY, 0);
		}
		RuleSize.checkLength(rule);
		return new SegmentRuleParser(catalog, RuleTokens.of(rule)).rule();
	}

	private SegmentRule rule() {
		SegmentRule parsed;
		if (peek().isWord("all") && tokens.get(1).kind() == Kind.END) {
			next++;
			parsed = new SegmentRule.All();
		}
		else {
			parsed = or();
		}
		if (peek().kind() != Kind.END) {
			throw unexpected(peek(), Expected.AND_OR_END);
		}
		return parsed;
	}

	private SegmentRule or() {
		List<SegmentRule> rules = new ArrayList<>(List.of(and()));
		while (peek().isWord("or")) {
			next++;
			rules.add(and());
		}
		return rules.size() == 1 ? rules.get(0) : new SegmentRule.AnyOf(List.copyOf(rules));
	}

	private SegmentRule and() {
		List<SegmentRule> rules = new ArrayList<>(List.of(unary()));
		while (peek().isWord("and")) {
			next++;
			rules.add(unary());
		}
		return rules.size() == 1 ? rules.get(0) : new SegmentRule.AllOf(List.copyOf(rules));
	}

	private SegmentRule unary() {
		Token token = peek();
		if (token.isWord("not") || token.kind() == Kind.OPEN) {
			size.enter(token);
			next++;
			SegmentRule inner = token.kind() == Kind.OPEN ? or() : new SegmentRule.Not(unary());
			if (token.kind() == Kind.OPEN) {
				expect(Kind.CLOSE, Expected.CLOSE);
			}
			size.leave();
			return inner;
		}
		if (token.kind() == Kind.STRING) {
			size.condition(token);
			next++;
			expectWord("in", Expected.IN);
			expectWord("interests", Expected.INTERESTS);
			return new SegmentRule.Interested(known(token, catalog.interests(), "interest"));
		}
		return condition();
	}

	private SegmentRule condition() {
		size.condition(peek());
		Token name = expect(Kind.WORD, Expected.ATTRIBUTE);
		Attribute attribute = attribute(name);
		Token operator = peek();
		next++;
		if (operator.kind() == Kind.EQUALS || operator.kind() == Kind.NOT_EQUALS) {
			SegmentRule equal = new SegmentRule.OneOf(attribute, Set.of(value(attribute)));
			return operator.kind() == Kind.EQUALS ? equal : new SegmentRule.Not(equal);
		}
		if (operator.isWord("is")) {
			return chosen(attribute);
		}
		boolean negated = operator.isWord("not");
		if (negated) {
			operator = peek();
			next++;
		}
		if (!operator.isWord("in")) {
			throw unexpected(operator, negated ? Expected.IN : Expected.OPERATOR);
		}
		expect(Kind.OPEN, Expected.OPEN_LIST);
		Set<String> values = new LinkedHashSet<>(List.of(value(attribute)));
		for (int listed = 2; peek().kind() == Kind.COMMA; listed++) {
			next++;
			RuleSize.value(listed, peek());
			values.add(value(attribute));
		}
		expect(Kind.CLOSE, Expected.COMMA_OR_CLOSE);
		SegmentRule oneOf = new SegmentRule.OneOf(attribute, Set.copyOf(values));
		return negated ? new SegmentRule.Not(oneOf) : oneOf;
	}

	/**
	 * {@code area is unset}: residents who chose no value (an emergency reaches them too,
	 * see the console).
	 */
	private SegmentRule chosen(Attribute attribute) {
		Token word = peek();
		next++;
		if (word.isWord("unset")) {
			return new SegmentRule.Unset(attribute);
		}
		if (word.isWord("set")) {
			return new SegmentRule.Not(new SegmentRule.Unset(attribute));
		}
		throw unexpected(word, Expected.SET_OR_UNSET);
	}

	private Attribute attribute(Token name) {
		for (Attribute attribute : Attribute.values()) {
			if (name.isWord(attribute.word)) {
				return attribute;
			}
		}
		if (name.isWord("interests")) {
			throw new InvalidSegmentRuleException(Problem.INTERESTS_FORM, name.position());
		}
		throw new InvalidSegmentRuleException(Problem.UNKNOWN_ATTRIBUTE, name.position(), name.text());
	}

	private String value(Attribute attribute) {
		Token token = expect(Kind.STRING, Expected.VALUE);
		return known(token, switch (attribute) {
			case AREA -> catalog.areas();
			case AGE -> catalog.ageBands();
			case LANGUAGE -> catalog.languages();
		}, attribute.word);
	}

	private static String known(Token token, List<String> allowed, String what) {
		if (!allowed.contains(token.text())) {
			throw new InvalidSegmentRuleException(Problem.UNKNOWN_VALUE, token.position(), what, token.text(),
					String.join(", ", allowed));
		}
		return token.text();
	}

	private Token peek() {
		return tokens.get(next);
	}

	private Token expect(Kind kind, Expected expected) {
		Token token = peek();
		if (token.kind() != kind) {
			throw unexpected(token, expected);
		}
		next++;
		return token;
	}

	private void expectWord(String word, Expected expected) {
		if (!peek().isWord(word)) {
			throw unexpected(peek(), expected);
		}
		next++;
	}

	private static InvalidSegmentRuleException unexpected(Token token, Expected expected) {
		return InvalidSegmentRuleException.expected(expected, token.kind() == Kind.END ? "" : token.text(),
				token.position());
	}

}
