package io.tsutawaru.jma.template;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.JmaRule.Action;
import io.tsutawaru.jma.rule.Decision;
import io.tsutawaru.jma.rule.RuleMatching;
import io.tsutawaru.jma.telegram.RealTelegrams;
import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramParser;
import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices real telegrams produce under a city's rules, in Japanese, English and easy
 * Japanese.
 */
class NoticeTemplatesTests {

	private static final NoticeTemplates TOKYO = new NoticeTemplates(clock("Asia/Tokyo"));

	@Test
	void anIntensityFlashNamesTheAreasTheirIntensitiesAndTheTimeInTheCitysClock() {
		Telegram telegram = RealTelegrams.parsed("70_32-39_11_120615_01shindosokuhou3.xml");
		JmaRule rule = new JmaRule("宮城県の強い揺れ", "震度速報", List.of("220", "221"), "震度5弱", Action.SEND,
				Set.of(Channel.LINE, Channel.RADIO), "area = \"北部\"");

		NoticeDraft notice = TOKYO.firstReport(telegram, fire(telegram, rule));

		assertThat(notice.title()).isEqualTo("【震度6強】宮城県北部・宮城県南部");
		assertThat(notice.body()).startsWith("気象庁が3月11日 14時48分に震度速報を発表しました。\n宮城県北部：震度6強\n宮城県南部：震度6弱\n")
			.contains("身の安全を確保してください");
		assertThat(notice.translations().get("en").title()).isEqualTo("[Seismic Intensity 6 Upper] 宮城県北部, 宮城県南部");
		assertThat(notice.translations().get("en").body())
			.startsWith("The Japan Meteorological Agency issued the Seismic Intensity Flash at March 11, 14:48.")
			.contains("宮城県南部: Seismic Intensity 6 Lower");
		assertThat(notice.translations().get("easy-ja").body()).contains("3月11日 14時48分に 気象庁", "じしんの じょうほう");
		assertThat(notice.severity()).isEqualTo(Severity.EMERGENCY);
		assertThat(notice.kind()).isEqualTo(NoticeKind.EARTHQUAKE);
		assertThat(notice.channels()).containsExactlyInAnyOrder(Channel.LINE, Channel.RADIO);
		assertThat(notice.segmentRule()).isEqualTo("area = \"北部\"");
		assertThat(notice.areaNames()).containsExactly("宮城県北部", "宮城県南部");
		assertThat(notice.status()).isEqualTo(AlertStatus.ACTUAL);
		assertThat(notice.draft()).isFalse();
	}

	@Test
	void theTimeIsInTheCitysZoneWhateverTheTelegramsOffset() {
		Telegram telegram = RealTelegrams.parsed("70_32-39_11_120615_01shindosokuhou3.xml");
		JmaRule rule = new JmaRule("宮城県北部", "震度速報", List.of("220"), null, Action.DRAFT, Set.of(), null);

		NoticeDraft notice = new NoticeTemplates(clock("UTC")).firstReport(telegram, fire(telegram, rule));

		assertThat(notice.body()).startsWith("気象庁が3月11日 5時48分に");
		assertThat(notice.draft()).isTrue();
		assertThat(notice.channels()).containsExactlyInAnyOrder(Channel.values());
	}

	@Test
	void earthquakeInformationGivesTheHypocentreAndMagnitude() {
		Telegram telegram = RealTelegrams.parsed("70_32-35_06_100915_03zenkokusaisumo1.xml");
		JmaRule rule = new JmaRule("奥州市", "地震情報", List.of("0321500"), "震度5弱", Action.SEND, Set.of(), null);

		NoticeDraft notice = TOKYO.update(telegram, fire(telegram, rule));

		assertThat(notice.title()).isEqualTo("【震度6強】奥州市");
		assertThat(notice.body()).contains("震源・震度に関する情報の続報を発表しました。", "奥州市：震度6強",
				"震源は岩手県内陸南部、地震の規模（マグニチュード）は7.0と推定されています。");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"32-39_11_02_120615_VTSE41.xml|津波警報・注意報・予報|210|津波警報|【大津波警報】岩手県|高台|Major Tsunami Warning|TSUNAMI",
			"70_17_01_130906_VXWW40-modified.xml|土砂災害警戒情報|4010000||【土砂災害警戒情報】北九州市|崖の近く|Landslide Alert|LANDSLIDE",
			"70_16_01_100806_kasenkozui1.xml|指定河川洪水予報|8505090035||【氾濫注意情報】根尾川|川の近く|Flood Advisory (level 2)|FLOOD",
			"70_19_01_091210_tatsumakijyohou1.xml|竜巻注意情報|130010||【竜巻注意情報】東京地方|頑丈な建物|Tornado Alert|TORNADO",
			"70_67_01_150514_VFVO56-1.xml|噴火速報|2042900||【噴火速報】長野県王滝村|火口から離れて|Eruption Flash|VOLCANO" })
	void everyKindHasItsWordsInEveryLanguage(String file, String kind, String area, String minimum, String title,
			String advice, String english, NoticeKind noticeKind) {
		Telegram telegram = RealTelegrams.parsed(file);
		JmaRule rule = new JmaRule("rule", kind, List.of(area), minimum, Action.SEND, Set.of(), null);

		NoticeDraft notice = TOKYO.firstReport(telegram, fire(telegram, rule));

		assertThat(notice.title()).isEqualTo(title);
		assertThat(notice.body()).contains(advice);
		assertThat(notice.translations().get("en").title()).contains(english);
		assertThat(notice.kind()).isEqualTo(noticeKind);
		assertThat(List.of(notice.title(), notice.body(), notice.translations().get("en").body(),
				notice.translations().get("easy-ja").body()))
			.noneMatch(text -> text.contains("{"));
	}

	@Test
	void aSpecialWeatherWarningIsNamedWithItsPhenomenon() {
		Telegram telegram = RealTelegrams.parsed("70_15_08_130412_02VPWW53.xml");
		JmaRule rule = new JmaRule("奈良県", "気象警報・注意報", List.of("290000"), "警報", Action.SEND, Set.of(), null);

		NoticeDraft notice = TOKYO.firstReport(telegram, fire(telegram, rule));

		assertThat(notice.title()).isEqualTo("【大雨特別警報】奈良県");
		assertThat(notice.body()).contains("奈良県：大雨特別警報、洪水警報", "ただちに命を守るための行動をとってください");
		assertThat(notice.translations().get("en").body()).contains("奈良県: Heavy Rain Emergency Warning, Flood Warning");
	}

	@Test
	void anExerciseIsAnExerciseNoticeAndLiftedWarningsSaySo() throws Exception {
		String xml = new String(RealTelegrams.bytes("9b43a982-fecf-3866-95e7-c375226a7c87.xml"), StandardCharsets.UTF_8)
			.replace("<Status>通常</Status>", "<Status>訓練</Status>");
		Telegram drill = TelegramParser.parse(xml.getBytes(StandardCharsets.UTF_8));
		JmaRule drills = new JmaRule("訓練", "震度速報", List.of("152"), null, Action.SEND, Set.of(), null, true);
		Telegram lifted = RealTelegrams.parsed("afeedc52-107a-3d1d-9196-b108234d6e0f.xml");
		JmaRule fukushima = new JmaRule("福島県", "気象警報・注意報", List.of("070000"), "注意報", Action.SEND, Set.of(), null);

		NoticeDraft exercise = TOKYO.firstReport(drill, fire(drill, drills));
		NoticeDraft lift = TOKYO.lifted(lifted, (Decision.Lift) RuleMatching.decide(lifted, List.of(fukushima)));

		assertThat(exercise.status()).isEqualTo(AlertStatus.EXERCISE);
		assertThat(lift.title()).isEqualTo("【解除】強風注意報（福島県）");
		assertThat(lift.body()).contains("次の地域の強風注意報は解除されました。", "福島県：強風注意報、波浪注意報");
		assertThat(lift.translations().get("en").title()).isEqualTo("[Lifted] Gale Advisory (福島県)");
	}

	@Test
	void aCancellationSaysWhatJmaCancelledAndWhen() {
		Telegram cancel = RealTelegrams.parsed("70_67_01_150514_VFVO56-4.xml");

		assertThat(TOKYO.cancellationReason(cancel)).isEqualTo("気象庁が9月27日 12時10分に噴火速報を取り消しました。");
	}

	private static Decision.Fire fire(Telegram telegram, JmaRule rule) {
		return (Decision.Fire) RuleMatching.decide(telegram, List.of(rule));
	}

	private static Clock clock(String zone) {
		return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of(zone));
	}

}
