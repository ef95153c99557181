package io.tsutawaru.jma.rule;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.JmaRule.Action;
import io.tsutawaru.jma.telegram.AreaStatus;
import io.tsutawaru.jma.telegram.RealTelegrams;
import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramArea;
import io.tsutawaru.jma.telegram.TelegramParser;
import io.tsutawaru.jma.telegram.TelegramStatus;
import io.tsutawaru.jma.telegram.UnreadableTelegramException;

import static org.assertj.core.api.Assertions.assertThat;

/** The city's rules applied to real telegrams. */
class RuleMatchingTests {

	/** 宮城県北部 (地震情報／細分区域 220) from 震度5弱, sent at once. */
	private static final JmaRule MIYAGI_NORTH = rule("宮城県北部の強い揺れ", "震度速報", List.of("220"), "震度5弱", Action.SEND);

	@Test
	void anIntensityAtTheMinimumInTheCitysAreaFires() {
		Decision decision = RuleMatching.decide(RealTelegrams.parsed("70_32-39_11_120615_01shindosokuhou3.xml"),
				List.of(MIYAGI_NORTH));

		assertThat(decision).isInstanceOfSatisfying(Decision.Fire.class, fire -> {
			assertThat(fire.rule()).isEqualTo(MIYAGI_NORTH);
			assertThat(fire.areas()).extracting(TelegramArea::name).containsExactly("宮城県北部");
			assertThat(fire.highest().name()).isEqualTo("震度6強");
			assertThat(fire.exercise()).isFalse();
		});
	}

	@Test
	void anIntensityBelowTheMinimumIsIgnoredWithTheLevelSeen() {
		JmaRule hidaka = rule("日高地方東部", "震度速報", List.of("152"), "震度4", Action.SEND);

		Decision decision = RuleMatching.decide(RealTelegrams.parsed("9b43a982-fecf-3866-95e7-c375226a7c87.xml"),
				List.of(hidaka));

		assertThat(decision).isEqualTo(new Decision.Ignored(IgnoreReason.BELOW_MINIMUM, "震度3"));
	}

	@Test
	void otherAreasAndOtherKindsAreIgnoredWithTheirReason() {
		Telegram flash = RealTelegrams.parsed("9b43a982-fecf-3866-95e7-c375226a7c87.xml");

		assertThat(RuleMatching.decide(flash, List.of(MIYAGI_NORTH)))
			.isEqualTo(new Decision.Ignored(IgnoreReason.OTHER_AREAS, "1"));
		assertThat(RuleMatching.decide(RealTelegrams.parsed("70_66_01_141024_VFVO53.xml"), List.of(MIYAGI_NORTH)))
			.isEqualTo(new Decision.Ignored(IgnoreReason.NO_RULE_FOR_KIND, "降灰予報"));
	}

	@Test
	void anExerciseNeverFiresARealAlertAndFiresAnExerciseOnlyWhereARuleAllowsIt() throws Exception {
		Telegram exercise = withStatus("70_32-39_11_120615_01shindosokuhou3.xml", TelegramStatus.EXERCISE);
		Telegram test = withStatus("70_32-39_11_120615_01shindosokuhou3.xml", TelegramStatus.TEST);
		JmaRule drills = new JmaRule("訓練も配信", "震度速報", List.of("220"), "震度5弱", Action.DRAFT, Set.of(), null, true);

		assertThat(RuleMatching.decide(exercise, List.of(MIYAGI_NORTH)))
			.isEqualTo(new Decision.Ignored(IgnoreReason.EXERCISE_OR_TEST, "訓練"));
		assertThat(RuleMatching.decide(test, List.of(MIYAGI_NORTH)))
			.isEqualTo(new Decision.Ignored(IgnoreReason.EXERCISE_OR_TEST, "試験"));
		assertThat(RuleMatching.decide(exercise, List.of(MIYAGI_NORTH, drills)))
			.isInstanceOfSatisfying(Decision.Fire.class, fire -> {
				assertThat(fire.rule()).isEqualTo(drills);
				assertThat(fire.exercise()).isTrue();
			});
	}

	@Test
	void aSendingRuleWinsOverADraftingOne() {
		JmaRule draftAll = rule("宮城県の揺れは下書き", "震度速報", List.of("220", "221"), "震度3", Action.DRAFT);

		Decision decision = RuleMatching.decide(RealTelegrams.parsed("70_32-39_11_120615_01shindosokuhou3.xml"),
				List.of(draftAll, MIYAGI_NORTH));

		assertThat(decision).isInstanceOfSatisfying(Decision.Fire.class,
				fire -> assertThat(fire.rule()).isEqualTo(MIYAGI_NORTH));
	}

	@Test
	void aCancellationOfAWatchedKindCancels() {
		JmaRule ontake = rule("御嶽山の噴火", "噴火速報", List.of("2042900"), null, Action.SEND);

		assertThat(RuleMatching.decide(RealTelegrams.parsed("70_67_01_150514_VFVO56-4.xml"), List.of(ontake)))
			.isEqualTo(new Decision.Cancel(ontake));
		assertThat(RuleMatching.decide(RealTelegrams.parsed("70_67_01_150514_VFVO56-1.xml"), List.of(ontake)))
			.isInstanceOf(Decision.Fire.class);
	}

	@Test
	void aTsunamiAdvisoryLoweredToAForecastLiftsTheRuleForAdvisories() {
		JmaRule coast = rule("北海道太平洋沿岸東部の津波", "津波警報・注意報・予報", List.of("100"), "津波注意報", Action.SEND);

		Decision decision = RuleMatching.decide(RealTelegrams.parsed("20220116050009_0_VTSE41_010000.xml"),
				List.of(coast));

		assertThat(decision).isInstanceOfSatisfying(Decision.Lift.class,
				lift -> assertThat(lift.areas()).singleElement().satisfies(area -> {
					assertThat(area.status()).isEqualTo(AreaStatus.LIFTED);
					assertThat(area.level().name()).isEqualTo("津波注意報");
				}));
	}

	@Test
	void aSpecialWarningFiresAWarningRuleAndLiftedAdvisoriesLiftAnAdvisoryRule() {
		Telegram nara = RealTelegrams.parsed("70_15_08_130412_02VPWW53.xml");
		String naraTown = nara.areas()
			.stream()
			.filter(area -> area.code().length() == 7)
			.findFirst()
			.orElseThrow()
			.code();
		JmaRule warnings = rule("警報以上", "気象警報・注意報", List.of(naraTown), "特別警報", Action.SEND);
		JmaRule advisories = rule("注意報以上", "気象警報・注意報", List.of("070000"), "注意報", Action.DRAFT);

		assertThat(RuleMatching.decide(nara, List.of(warnings))).isInstanceOfSatisfying(Decision.Fire.class,
				fire -> assertThat(fire.highest().name()).isEqualTo("大雨特別警報"));
		assertThat(RuleMatching.decide(RealTelegrams.parsed("afeedc52-107a-3d1d-9196-b108234d6e0f.xml"),
				List.of(advisories)))
			.isInstanceOf(Decision.Lift.class);
	}

	private static JmaRule rule(String name, String kind, List<String> areas, String minimum, Action action) {
		return new JmaRule(name, kind, areas, minimum, action, Set.of(), null);
	}

	private static Telegram withStatus(String name, TelegramStatus status) throws UnreadableTelegramException {
		String xml = new String(RealTelegrams.bytes(name), StandardCharsets.UTF_8).replace("<Status>通常</Status>",
				"<Status>" + status.japanese() + "</Status>");
		return TelegramParser.parse(xml.getBytes(StandardCharsets.UTF_8));
	}

}
