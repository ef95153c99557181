package io.tsutawaru.notifier.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of a cancellation, per kind and language, with the time it cancels in the
 * city's time zone.
 */
class CancellationTextTests {

	static final Instant ISSUED = Instant.parse("2026-11-23T11:15:00Z");

	/** The areas' English names as a city configured them. */
	static final AttributeCatalog AREAS = new AttributeCatalog() {
		public List<String> areas() {
			return List.of("北部", "中央");
		}

		public List<String> ageBands() {
			return List.of();
		}

		public List<String> interests() {
			return List.of();
		}

		public List<String> languages() {
			return List.of("ja", "en", "easy-ja");
		}

		@Override
		public String areaName(String area, String language) {
			return "en".equals(language) ? Map.of("北部", "North", "中央", "Centre").get(area) : area;
		}
	};

	@Test
	void namesTheKindTheAreasAndTheTimeOfIssueInTheCitysZoneAndGivesTheReason() {
		// A zone no server runs in: a time written in the JVM's zone would show 11:15 or
		// 20:15 instead.
		var text = new CancellationText(Clock.fixed(ISSUED, ZoneId.of("Pacific/Chatham")), AREAS);

		NoticeDraft cancellation = text.of(notice(NoticeKind.EVACUATION_ORDER, Map.of("en", english())), ISSUED,
				"誤って送信したため");

		assertThat(cancellation.title()).isEqualTo("北部・中央の避難指示");
		assertThat(cancellation.body()).isEqualTo("先ほど発令した北部・中央の避難指示（11月24日 1時00分発令）を取り消します。\n理由：誤って送信したため");
		assertThat(cancellation.translations()).containsOnlyKeys("en");
		assertThat(cancellation.translations().get("en").body()).isEqualTo(
				"Cancelled: the evacuation order for North, Centre, issued at 1:00 on 24 November.\nReason: 誤って送信したため");
		assertThat(cancellation.translations().get("en").title()).isEqualTo("Evacuation order for North, Centre");
		assertThat(cancellation.kind()).isEqualTo(NoticeKind.EVACUATION_ORDER);
	}

	@Test
	void aGeneralNoticeIsNamedByItsTitleAndEveryKindHasItsWordsInEveryLanguage() {
		var text = new CancellationText(Clock.fixed(ISSUED, ZoneId.of("Asia/Tokyo")), AREAS);

		NoticeDraft general = text.of(notice(NoticeKind.GENERAL, Map.of()), ISSUED, "日程の誤り");

		assertThat(general.title()).isEqualTo("「花火大会のお知らせ」");
		assertThat(general.body()).isEqualTo("先ほどの「花火大会のお知らせ」（11月23日 20時15分発表）を取り消します。\n理由：日程の誤り");
		for (NoticeKind kind : NoticeKind.values()) {
			NoticeDraft cancellation = text.of(notice(kind, Map.of("en", english(), "easy-ja", english())), ISSUED,
					"理由");
			assertThat(cancellation.translations().values()).allSatisfy(t -> assertThat(t.body()).doesNotContain("{"));
			assertThat(cancellation.body()).doesNotContain("{").contains("理由");
		}
	}

	private static NoticeDraft.Translation english() {
		return new NoticeDraft.Translation("[Level 4] Evacuation order", "Everyone must leave dangerous places now.");
	}

	private static NoticeDraft notice(NoticeKind kind, Map<String, NoticeDraft.Translation> translations) {
		return new NoticeDraft(kind == NoticeKind.GENERAL ? "花火大会のお知らせ" : "【警戒レベル4】避難指示（北部・中央）", "危険な場所から全員避難してください。",
				null, Severity.EMERGENCY, AlertStatus.ACTUAL, null, Set.of(Channel.LINE), "all", translations,
				kind == NoticeKind.GENERAL ? List.of() : List.of("北部", "中央"), List.of(), null, null, false, kind);
	}

}
