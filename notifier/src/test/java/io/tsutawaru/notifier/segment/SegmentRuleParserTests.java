package io.tsutawaru.notifier.segment;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentRuleParserTests {

	static final AttributeCatalog CATALOG = new AttributeCatalog() {
		public List<String> areas() {
			return List.of("北部", "中央", "南部");
		}

		public List<String> ageBands() {
			return List.of("30代", "70代以上");
		}

		public List<String> interests() {
			return List.of("防災", "子育て");
		}

		public List<String> languages() {
			return List.of("ja", "en", "easy-ja");
		}
	};

	static SegmentRule parse(String rule) {
		return SegmentRuleParser.parse(CATALOG, rule);
	}

	@Test
	void selectsResidentsWhoRegisteredNoArea() {
		SegmentRule chosenAreas = parse("area in (\"北部\", \"中央\") or area is unset");
		SegmentRule registered = parse("area is set");

		assertThat(chosenAreas.matches(new Preferences("北部", null, Set.of(), "ja"))).isTrue();
		assertThat(chosenAreas.matches(new Preferences(null, null, Set.of(), "en"))).isTrue();
		assertThat(chosenAreas.matches(new Preferences("南部", null, Set.of(), "ja"))).isFalse();
		assertThat(registered.matches(new Preferences(null, "30代", Set.of(), "ja"))).isFalse();
		assertThat(registered.matches(new Preferences("南部", null, Set.of(), "ja"))).isTrue();
		assertThat(parse("age is unset").matches(new Preferences("南部", null, Set.of(), "ja"))).isTrue();
		assertThatThrownBy(() -> parse("area is empty")).isInstanceOf(InvalidSegmentRuleException.class)
			.hasMessage("Expected \"set\" or \"unset\" but found 'empty' (at position 8)");
	}

	@Test
	void selectsByAreaInterestAndLanguage() {
		SegmentRule rule = parse("area in (\"北部\", \"中央\") and \"子育て\" in interests and language = \"ja\"");

		assertThat(rule.matches(new Preferences("北部", null, Set.of("子育て"), "ja"))).isTrue();
		assertThat(rule.matches(new Preferences("中央", "30代", Set.of("子育て", "防災"), "ja"))).isTrue();
		assertThat(rule.matches(new Preferences("南部", null, Set.of("子育て"), "ja"))).isFalse();
		assertThat(rule.matches(new Preferences("北部", null, Set.of("防災"), "ja"))).isFalse();
		assertThat(rule.matches(new Preferences("北部", null, Set.of("子育て"), "en"))).isFalse();
	}

	@Test
	void allSelectsEveryone() {
		assertThat(parse("all")).isEqualTo(new SegmentRule.All());
		assertThat(parse(" ALL ").matches(Preferences.NONE)).isTrue();
	}

	@Test
	void andBindsTighterThanOrAndParenthesesRegroup() {
		var elderlyInNorth = new Preferences("北部", "70代以上", Set.of(), "ja");
		var youngInSouth = new Preferences("南部", "30代", Set.of(), "ja");

		assertThat(parse("area = \"南部\" or area = \"北部\" and age = \"30代\"").matches(youngInSouth)).isTrue();
		assertThat(parse("(area = \"南部\" or area = \"北部\") and age = \"30代\"").matches(elderlyInNorth)).isFalse();
	}

	@Test
	void negationSelectsResidentsWhoChoseNothing() {
		SegmentRule notNorth = parse("area not in (\"北部\")");

		assertThat(notNorth.matches(Preferences.NONE)).isTrue();
		assertThat(notNorth.matches(new Preferences("北部", null, Set.of(), null))).isFalse();
		assertThat(parse("not \"防災\" in interests").matches(Preferences.NONE)).isTrue();
		assertThat(parse("language != \"ja\"").matches(new Preferences(null, null, Set.of(), "en"))).isTrue();
	}

	@Test
	void acceptsJapaneseQuotesAndPunctuation() {
		assertThat(parse("area in （「北部」、“中央”）").matches(new Preferences("中央", null, Set.of(), null))).isTrue();
	}

	@Test
	void reportsSyntaxErrorsWithTheirPosition() {
		assertPositionOf("area in (\"北部\"", 13, "Expected ',' or ')'");
		assertPositionOf("area = 北部", 7, "Expected a value in double quotes");
		assertPositionOf("area = \"北部\" & language", 12, "Unexpected character");
		assertPositionOf("area = \"北部\" und language = \"ja\"", 12, "Expected \"and\", \"or\"");
		assertPositionOf("age = \"30代", 6, "not closed");
		assertPositionOf("", 0, "empty");
		assertPositionOf("area = \"北部\" and", 15, "end of the rule");
	}

	@Test
	void rejectsUnknownAttributesAndValuesWithTheirPosition() {
		assertPositionOf("district = \"北部\"", 0, "Unknown attribute 'district'");
		assertPositionOf("area in (\"北部\", \"北區\")", 15, "Unknown area \"北區\"");
		assertPositionOf("\"釣り\" in interests", 0, "Unknown interest");
	}

	/**
	 * Issue 15, item 9: a rule of 100,000 conditions kept a core busy for minutes; rules
	 * are limited in size.
	 */
	@Test
	void refusesRulesLargerThanAnyPersonWritesAtThePlaceTheyGrowTooLarge() {
		String condition = "area = \"北部\"";
		String fiftyConditions = String.join(" or ", java.util.Collections.nCopies(RuleSize.MAX_CONDITIONS, condition));
		assertThat(parse(fiftyConditions)).isInstanceOf(SegmentRule.AnyOf.class);
		assertPositionOf(fiftyConditions + " or \"防災\" in interests", fiftyConditions.length() + 4,
				"more than " + RuleSize.MAX_CONDITIONS + " conditions");
		assertPositionOf(String.join(" or ", java.util.Collections.nCopies(100_000, condition)), RuleSize.MAX_LENGTH,
				"longer than " + RuleSize.MAX_LENGTH + " characters");

		String values = String.join(",", java.util.Collections.nCopies(RuleSize.MAX_VALUES, "\"北部\""));
		assertThat(parse("area in (" + values + ")"))
			.isEqualTo(new SegmentRule.OneOf(SegmentRule.Attribute.AREA, Set.of("北部")));
		assertPositionOf("area not in (" + values + ",\"中央\")", "area not in (".length() + values.length() + 1,
				"more than " + RuleSize.MAX_VALUES + " values");
	}

	private static void assertPositionOf(String rule, int position, String message) {
		assertThatThrownBy(() -> parse(rule)).isInstanceOfSatisfying(InvalidSegmentRuleException.class, ex -> {
			assertThat(ex.position()).isEqualTo(position);
			assertThat(ex.getMessage()).contains(message);
		});
	}

	/**
	 * Each problem has a stable code and the values its text names, beside the English
	 * message (issue 20).
	 */
	@Test
	void aProblemHasACodeAndArgumentsForTheConsoleToSayInItsLanguage() {
		assertThatThrownBy(() -> parse("aeg = \"30代\"")).isInstanceOfSatisfying(InvalidSegmentRuleException.class,
				ex -> {
					assertThat(ex.problem()).isEqualTo(InvalidSegmentRuleException.Problem.UNKNOWN_ATTRIBUTE);
					assertThat(ex.arguments()).containsExactly("aeg");
					assertThat(ex.position()).isZero();
					assertThat(ex).hasMessage(
							"Unknown attribute 'aeg'; use area, age, language or \"…\" in interests (at position 0)");
				});
		assertThatThrownBy(() -> parse("area = \"西部\"")).isInstanceOfSatisfying(InvalidSegmentRuleException.class,
				ex -> {
					assertThat(ex.problem()).isEqualTo(InvalidSegmentRuleException.Problem.UNKNOWN_VALUE);
					assertThat(ex.arguments()).containsExactly("area", "西部", "北部, 中央, 南部");
					assertThat(ex.position()).isEqualTo(7);
				});
		assertThatThrownBy(() -> parse("area is empty")).isInstanceOfSatisfying(InvalidSegmentRuleException.class,
				ex -> {
					assertThat(ex.problem()).isEqualTo(InvalidSegmentRuleException.Problem.EXPECTED);
					assertThat(ex.arguments()).containsExactly("SET_OR_UNSET", "empty");
				});
		assertThatThrownBy(() -> parse("area = \"北部")).isInstanceOfSatisfying(InvalidSegmentRuleException.class,
				ex -> assertThat(ex.problem()).isEqualTo(InvalidSegmentRuleException.Problem.UNCLOSED_QUOTE));
	}

}
