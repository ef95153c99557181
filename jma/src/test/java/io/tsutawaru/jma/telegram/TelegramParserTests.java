package io.tsutawaru.jma.telegram;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real telegram parses, and each kind the issue names gives its areas, levels and
 * texts.
 */
class TelegramParserTests {

	static final List<String> ALL = RealTelegrams.ALL;

	@ParameterizedTest
	@FieldSource("ALL")
	void everyRealTelegramParsesWithTheFieldsEveryReportHas(String name) {
		Telegram telegram = RealTelegrams.parsed(name);

		assertThat(telegram.title()).isNotBlank();
		assertThat(telegram.infoKind()).isNotBlank();
		assertThat(telegram.status()).isEqualTo(TelegramStatus.NORMAL);
		assertThat(telegram.reportDateTime()).isNotNull();
		assertThat(telegram.headline()).isNotBlank();
		if (telegram.infoType() == InfoType.CANCELLED) {
			assertThat(telegram.areas()).isEmpty();
		}
		else {
			assertThat(telegram.areas()).isNotEmpty().allSatisfy(area -> {
				assertThat(area.code()).isNotBlank();
				assertThat(area.name()).isNotBlank();
				assertThat(area.level().rank()).isPositive();
			});
		}
	}

	@Test
	void intensityFlashGivesEachAreaItsIntensity() {
		Telegram telegram = RealTelegrams.parsed("70_32-39_11_120615_01shindosokuhou3.xml");

		assertThat(telegram.kind()).contains(TelegramKind.EARTHQUAKE_INTENSITY);
		assertThat(telegram.eventId()).isEqualTo("20110311144640");
		assertThat(telegram.reportDateTime()).isEqualTo(OffsetDateTime.parse("2011-03-11T14:48:00+09:00"));
		assertThat(telegram.areas()).contains(area("地震情報／細分区域", "220", "宮城県北部", Scale.INTENSITY, 8, "震度6強"),
				area("地震情報／細分区域", "221", "宮城県南部", Scale.INTENSITY, 7, "震度6弱"));
		assertThat(telegram.text()).contains("今後の情報に注意してください。");
	}

	@Test
	void earthquakeInformationGivesTownsHypocentreAndMagnitude() {
		Telegram telegram = RealTelegrams.parsed("70_32-35_06_100915_03zenkokusaisumo1.xml");

		assertThat(telegram.kind()).contains(TelegramKind.EARTHQUAKE_INFORMATION);
		assertThat(telegram.title()).isEqualTo("震源・震度に関する情報");
		assertThat(telegram.hypocenter()).isEqualTo("岩手県内陸南部");
		assertThat(telegram.magnitude()).isEqualTo("7.0");
		assertThat(telegram.areas()).contains(area("気象・地震・火山情報／市町村等", "0321500", "奥州市", Scale.INTENSITY, 8, "震度6強"),
				area("気象・地震・火山情報／市町村等", "0320800", "遠野市", Scale.INTENSITY, 5, "震度5弱"));
		assertThat(telegram.text()).contains("この地震による津波の心配はありません。");
	}

	@Test
	void cancellationKeepsTheEventAndItsExplanation() {
		Telegram telegram = RealTelegrams.parsed("70_32-35_06_100915_06zenkokusaisumo1.xml");

		assertThat(telegram.infoType()).isEqualTo(InfoType.CANCELLED);
		assertThat(telegram.eventId()).isEqualTo("20080614084350");
		assertThat(telegram.text()).isEqualTo("先ほどの、震源・震度情報を取り消します。");
	}

	@Test
	void tsunamiWarningGivesEachCoastItsClass() {
		Telegram telegram = RealTelegrams.parsed("32-39_11_02_120615_VTSE41.xml");

		assertThat(telegram.kind()).contains(TelegramKind.TSUNAMI_WARNING);
		assertThat(telegram.areas()).contains(area("津波予報区", "210", "岩手県", Scale.TSUNAMI, 4, "大津波警報"),
				area("津波予報区", "300", "茨城県", Scale.TSUNAMI, 3, "津波警報"));
		assertThat(telegram.magnitude()).isEqualTo("Ｍ８を超える巨大地震");
	}

	@Test
	void tsunamiAdvisoryLoweredToAForecastIsLifted() {
		Telegram telegram = RealTelegrams.parsed("20220116050009_0_VTSE41_010000.xml");

		assertThat(telegram.areas()).contains(
				new TelegramArea("津波予報区", "100", "北海道太平洋沿岸東部", new Level(Scale.TSUNAMI, 2, "津波注意報"), AreaStatus.LIFTED),
				area("津波予報区", "100", "北海道太平洋沿岸東部", Scale.TSUNAMI, 1, "津波予報"));
		assertThat(telegram.areas()).noneMatch(area -> area.inForce() && area.level().rank() >= 2);
	}

	@Test
	void specialWeatherWarningIsTheHighestClassWithItsStatus() {
		Telegram telegram = RealTelegrams.parsed("70_15_08_130412_02VPWW53.xml");

		assertThat(telegram.kind()).contains(TelegramKind.WEATHER_WARNING);
		assertThat(telegram.areas()).contains(new TelegramArea("気象警報・注意報（府県予報区等）", "290000", "奈良県",
				new Level(Scale.WEATHER, 3, "大雨特別警報"), AreaStatus.CONTINUED));
		assertThat(telegram.areas()).anySatisfy(area -> {
			assertThat(area.code()).hasSize(7);
			assertThat(area.level().word()).isEqualTo("特別警報");
		});
	}

	@Test
	void liftedAdvisoriesAreRecognisable() {
		Telegram telegram = RealTelegrams.parsed("afeedc52-107a-3d1d-9196-b108234d6e0f.xml");

		assertThat(telegram.areas()).isNotEmpty().allMatch(area -> area.status() == AreaStatus.LIFTED);
		assertThat(telegram.areas()).extracting(area -> area.level().name()).contains("強風注意報", "波浪注意報");
	}

	@Test
	void landslideAlertNamesTheTownsIssuedAndContinued() {
		Telegram telegram = RealTelegrams.parsed("70_17_01_130906_VXWW40-modified.xml");

		assertThat(telegram.kind()).contains(TelegramKind.LANDSLIDE_ALERT);
		assertThat(telegram.areas()).contains(
				new TelegramArea("土砂災害警戒情報", "4010000", "北九州市", new Level(Scale.LANDSLIDE, 1, "土砂災害警戒情報"),
						AreaStatus.ISSUED),
				new TelegramArea("土砂災害警戒情報", "4020400", "直方市", new Level(Scale.LANDSLIDE, 1, "土砂災害警戒情報"),
						AreaStatus.CONTINUED));
	}

	@Test
	void aLandslideAlertLiftedForATownIsRecognisable() throws UnreadableTelegramException {
		String xml = new String(RealTelegrams.bytes("70_17_01_130906_VXWW40-modified.xml"), StandardCharsets.UTF_8);
		String lifted = xml.replaceFirst("<Name>警戒</Name>\\s*<Code>3</Code>\\s*<Status>発表</Status>",
				"<Name>解除</Name><Code>1</Code><Status>解除</Status>");

		Telegram telegram = TelegramParser.parse(lifted.getBytes(StandardCharsets.UTF_8));

		assertThat(lifted).isNotEqualTo(xml);
		assertThat(telegram.areas()).contains(new TelegramArea("土砂災害警戒情報", "4010000", "北九州市",
				new Level(Scale.LANDSLIDE, 1, "土砂災害警戒情報"), AreaStatus.LIFTED));
	}

	@Test
	void riverFloodForecastReadsItsLevelFromTheHeadline() {
		Telegram telegram = RealTelegrams.parsed("70_16_01_100806_kasenkozui1.xml");

		assertThat(telegram.kind()).contains(TelegramKind.RIVER_FLOOD_FORECAST);
		assertThat(telegram.areas()).contains(area("河川", "8505090035", "根尾川", Scale.FLOOD, 1, "氾濫注意情報"));
		assertThat(telegram.text()).contains("はん濫注意水位");
	}

	@Test
	void tornadoAlertNamesItsAreas() {
		Telegram telegram = RealTelegrams.parsed("70_19_01_091210_tatsumakijyohou1.xml");

		assertThat(telegram.kind()).contains(TelegramKind.TORNADO_ALERT);
		assertThat(telegram.areas()).extracting(TelegramArea::name).contains("東京地方");
		assertThat(telegram.areas()).allMatch(area -> area.level().equals(new Level(Scale.TORNADO, 1, "竜巻注意情報")));
	}

	@Test
	void eruptionFlashNamesTheVolcanoAndTheTowns() {
		Telegram telegram = RealTelegrams.parsed("70_67_01_150514_VFVO56-1.xml");

		assertThat(telegram.kind()).contains(TelegramKind.ERUPTION_FLASH);
		assertThat(telegram.areas()).contains(area("火山名", "312", "御嶽山", Scale.ERUPTION, 1, "噴火速報"),
				area("気象・地震・火山情報／市町村等", "2042900", "長野県王滝村", Scale.ERUPTION, 1, "噴火速報"));
		assertThat(telegram.text()).contains("噴火が発生しました");
	}

	private static TelegramArea area(String codeType, String code, String name, Scale scale, int rank, String level) {
		return new TelegramArea(codeType, code, name, new Level(scale, rank, level), AreaStatus.ISSUED);
	}

}
