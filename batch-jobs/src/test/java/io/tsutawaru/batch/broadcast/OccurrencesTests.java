package io.tsutawaru.batch.broadcast;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.tsutawaru.batch.BroadcastSchedules.Frequency;
import io.tsutawaru.batch.BroadcastSchedules.Recurrence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OccurrencesTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Test
	void endOfMonthFallsOnTheLastDayWhateverTheMonthsLength() {
		var at = Occurrences.between(new Recurrence(Frequency.END_OF_MONTH, LocalTime.of(18, 0), null, null),
				tokyo(2028, 1, 1, 0), tokyo(2028, 5, 1, 0), TOKYO);

		assertThat(at).containsExactly(tokyo(2028, 1, 31, 18), tokyo(2028, 2, 29, 18), tokyo(2028, 3, 31, 18),
				tokyo(2028, 4, 30, 18));
	}

	@Test
	void monthlyLeavesOutMonthsWithoutTheDay() {
		var at = Occurrences.between(new Recurrence(Frequency.MONTHLY, LocalTime.of(9, 30), null, 31),
				tokyo(2027, 1, 1, 0), tokyo(2027, 5, 1, 0), TOKYO);

		assertThat(at).containsExactly(tokyo(2027, 1, 31, 9).plusSeconds(1800),
				tokyo(2027, 3, 31, 9).plusSeconds(1800));
	}

	@Test
	void weeklyAndDailyCountFromAfterTheStartUpToAndIncludingTheEnd() {
		var weekly = Occurrences.between(new Recurrence(Frequency.WEEKLY, LocalTime.of(7, 0), DayOfWeek.MONDAY, null),
				tokyo(2026, 11, 2, 7), tokyo(2026, 11, 16, 7), TOKYO);
		var daily = Occurrences.between(new Recurrence(Frequency.DAILY, LocalTime.of(7, 0), null, null),
				tokyo(2026, 11, 2, 8), tokyo(2026, 11, 4, 7), TOKYO);

		assertThat(weekly).containsExactly(tokyo(2026, 11, 9, 7), tokyo(2026, 11, 16, 7));
		assertThat(daily).containsExactly(tokyo(2026, 11, 3, 7), tokyo(2026, 11, 4, 7));
	}

	private static Instant tokyo(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, TOKYO).toInstant();
	}

}
