package io.tsutawaru.bot.handoff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.bot.BotProperties.OfficeHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When a person answers: the office's days and hours, its closed days, always in the
 * city's time zone.
 */
class OfficeHoursClockTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** Weekdays 8:30-17:15, closed for 年末年始 and on 成人の日 2027 (Monday 11 January). */
	private static final OfficeHours CITY_HALL = new OfficeHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(8, 30), LocalTime.of(17, 15), List.of("12-29", "12-30", "12-31", "01-01", "01-02", "01-03"),
			List.of(LocalDate.of(2027, 1, 11)));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "2026-12-07T10:00, open", "2026-12-07T08:30, open", "2026-12-07T17:14, open",
			"2026-12-07T08:29, 2026-12-07T08:30", "2026-12-07T17:15, 2026-12-08T08:30",
			"2026-12-04T17:15, 2026-12-07T08:30", "2026-12-05T21:30, 2026-12-07T08:30",
			"2026-12-28T17:30, 2027-01-04T08:30", "2026-12-30T10:00, 2027-01-04T08:30",
			"2027-01-08T18:00, 2027-01-12T08:30", "2027-01-11T10:00, 2027-01-12T08:30" })
	void answersFromTheNextOpeningOutOfHours(LocalDateTime cityTime, String expected) {
		Optional<ZonedDateTime> next = OfficeHoursClock.nextOpening(CITY_HALL, cityTime.atZone(TOKYO));

		assertThat(next.map(ZonedDateTime::toLocalDateTime).map(Object::toString).orElse("open")).isEqualTo(expected);
	}

	@Test
	void theCitysZoneDecidesNotTheServers() {
		// 00:30 UTC on a Monday is 9:30 in the city: open, whatever zone the JVM or
		// server runs in.
		ZonedDateTime utc = ZonedDateTime.of(2026, 12, 7, 0, 30, 0, 0, ZoneId.of("UTC"));

		assertThat(OfficeHoursClock.nextOpening(CITY_HALL, utc.withZoneSameInstant(TOKYO))).isEmpty();
		assertThat(OfficeHoursClock.nextOpening(CITY_HALL, utc)).isPresent();
	}

	@Test
	void refusesHoursThatCloseBeforeTheyOpenAndDaysThatAreNotDays() {
		assertThatThrownBy(() -> new OfficeHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(17, 0), LocalTime.of(9, 0),
				List.of(), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("before they close");
		assertThatThrownBy(() -> new OfficeHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
				List.of("13-45"), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("MM-dd");
	}

}
