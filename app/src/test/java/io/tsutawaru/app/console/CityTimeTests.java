package io.tsutawaru.app.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times for staff on the city's wall clock: shown by {@link CityTime}, entered through
 * {@link NoticeForm}.
 */
class CityTimeTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final CityTime cityTime = new CityTime(TOKYO, Locale.JAPANESE);

	@Test
	void anInstantIsShownOnTheCitysClock() {
		assertThat(cityTime.format(Instant.parse("2026-04-30T09:00:00Z"), "yyyy-MM-dd HH:mm"))
			.isEqualTo("2026-04-30 18:00");
		assertThat(cityTime.format(Instant.parse("2026-04-30T15:30:00Z"), "M/d HH:mm")).isEqualTo("5/1 00:30");
	}

	@Test
	void aZonedOrOffsetTimeIsMovedToTheCitysClockAndALocalOneShownAsItIs() {
		assertThat(cityTime.format(LocalDateTime.of(2026, 4, 30, 9, 0).atZone(ZoneOffset.UTC), "HH:mm"))
			.isEqualTo("18:00");
		assertThat(cityTime.format(LocalDateTime.of(2026, 4, 30, 9, 0).atOffset(ZoneOffset.UTC), "HH:mm"))
			.isEqualTo("18:00");
		assertThat(cityTime.format(LocalDate.of(2026, 4, 30), "yyyy-MM-dd")).isEqualTo("2026-04-30");
		assertThat(cityTime.format(null, "HH:mm")).isNull();
	}

	@Test
	void aSendTimeEnteredOnTheCitysClockIsTheInstantItMeans() {
		NoticeForm form = new NoticeForm();
		form.setTitle("月末のお知らせ");
		form.setBody("本文");
		form.setWhen("later");
		form.setSendAt(LocalDateTime.of(2026, 4, 30, 18, 0));

		var draft = form.toDraft(TOKYO);

		assertThat(draft.sendAt()).isEqualTo(Instant.parse("2026-04-30T09:00:00Z"));
		assertThat(NoticeForm.of(draft, TOKYO).getSendAt()).isEqualTo(LocalDateTime.of(2026, 4, 30, 18, 0));
	}

}
