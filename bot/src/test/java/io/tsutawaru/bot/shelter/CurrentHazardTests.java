package io.tsutawaru.bot.shelter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.shelters.Hazard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The current hazard: the newest emergency notice in force decides, and only a kind that
 * names a hazard.
 */
class CurrentHazardTests {

	static final Instant NOW = Instant.parse("2026-07-01T03:00:00Z");

	@Test
	void theNewestEmergencyInForceDecides() {
		assertThat(CurrentHazard.of(List.of(notice(1, NoticeKind.FLOOD, Severity.EMERGENCY, MessageType.ALERT, null),
				notice(2, NoticeKind.EARTHQUAKE, Severity.EMERGENCY, MessageType.ALERT, null)), NOW))
			.contains(Hazard.FLOOD);
	}

	@Test
	void cancelledExpiredTestAndOrdinaryNoticesAreSkipped() {
		List<PublishedNotice> recent = List.of(
				notice(1, NoticeKind.FLOOD, Severity.EMERGENCY, MessageType.CANCEL, null),
				notice(2, NoticeKind.VOLCANO, Severity.EMERGENCY, MessageType.ALERT, NOW.minusSeconds(1)),
				notice(3, NoticeKind.TSUNAMI, Severity.INFO, MessageType.ALERT, null),
				test(notice(4, NoticeKind.LANDSLIDE, Severity.EMERGENCY, MessageType.ALERT, null)),
				notice(5, NoticeKind.EARTHQUAKE, Severity.EMERGENCY, MessageType.UPDATE, NOW.plusSeconds(60)));
		assertThat(CurrentHazard.of(recent, NOW)).contains(Hazard.EARTHQUAKE);
	}

	@Test
	void aKindWithoutAHazardMeansAnyOpenShelter() {
		assertThat(CurrentHazard
			.of(List.of(notice(1, NoticeKind.EVACUATION_ORDER, Severity.EMERGENCY, MessageType.ALERT, null),
					notice(2, NoticeKind.FLOOD, Severity.EMERGENCY, MessageType.ALERT, null)), NOW))
			.isEqualTo(Optional.empty());
		assertThat(CurrentHazard.of(List.of(), NOW)).isEmpty();
		assertThat(CurrentHazard.hazard(NoticeKind.LANDSLIDE)).contains(Hazard.SEDIMENT);
		assertThat(CurrentHazard.hazard(NoticeKind.TSUNAMI)).contains(Hazard.TSUNAMI);
	}

	private static PublishedNotice notice(long id, NoticeKind kind, Severity severity, MessageType type,
			Instant expires) {
		NoticeDraft draft = new NoticeDraft("title", "body", null, severity, AlertStatus.ACTUAL, null,
				Set.of(Channel.LINE), "all", null, null, null, null, expires, false, kind);
		return new PublishedNotice(id, 1, type, draft, NOW.minusSeconds(id), NOW.minusSeconds(id));
	}

	private static PublishedNotice test(PublishedNotice n) {
		NoticeDraft c = n.content();
		NoticeDraft draft = new NoticeDraft(c.title(), c.body(), c.link(), c.severity(), AlertStatus.TEST, c.topic(),
				c.channels(), c.segmentRule(), c.translations(), c.areaNames(), c.areaCodes(), c.sendAt(),
				c.expiresAt(), false, c.kind());
		return new PublishedNotice(n.noticeId(), n.revision(), n.type(), draft, n.publishedAt(), n.firstPublishedAt());
	}

}
