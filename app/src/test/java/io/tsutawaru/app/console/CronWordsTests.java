package io.tsutawaru.app.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's schedule is said in words (「毎日 0:30」), never shown as its cron expression alone
 * (issue 20).
 */
class CronWordsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0 30 0 * * *        | jobs.schedule.daily       | 0:30
			0 0 3 * * ?         | jobs.schedule.daily       | 3:00
			0 15 8 * * MON-FRI  | jobs.schedule.weekdays    | 8:15
			0 0 9 * * MON       | jobs.schedule.weekly.1    | 9:00
			0 0 9 * * 0         | jobs.schedule.weekly.0    | 9:00
			0 0 9 * * 7         | jobs.schedule.weekly.0    | 9:00
			0 45 23 * * sat     | jobs.schedule.weekly.6    | 23:45
			""")
	void saysTheUsualSchedulesInWords(String cron, String key, String time) {
		assertThat(CronWords.of(cron)).satisfies(w -> {
			assertThat(w.key()).isEqualTo(key);
			assertThat(w.args()).containsExactly(time);
		});
	}

	@Test
	void saysMonthlyAndRepeatingSchedules() {
		Wording monthly = CronWords.of("0 0 6 1 * *");
		assertThat(monthly.key()).isEqualTo("jobs.schedule.monthly");
		assertThat(monthly.args()).containsExactly(1, "6:00");
		Wording minutes = CronWords.of("0 */15 * * * *");
		assertThat(minutes.key()).isEqualTo("jobs.schedule.everyMinutes");
		assertThat(minutes.args()).containsExactly(15);
		Wording hours = CronWords.of("0 5 */2 * * *");
		assertThat(hours.key()).isEqualTo("jobs.schedule.everyHours");
		assertThat(hours.args()).containsExactly(2, 5);
	}

	@Test
	void anUnusualOrMissingScheduleIsSaidAsSuch() {
		assertThat(CronWords.of(null).key()).isEqualTo("jobs.schedule.onDemand");
		assertThat(CronWords.of("-").key()).isEqualTo("jobs.schedule.onDemand");
		Wording custom = CronWords.of("0 0 9 1-7 * MON");
		assertThat(custom.key()).isEqualTo("jobs.schedule.custom");
		assertThat(custom.args()).containsExactly("0 0 9 1-7 * MON");
		assertThat(CronWords.of("0 0 9 * 1 *").key()).isEqualTo("jobs.schedule.custom");
		assertThat(CronWords.of("every day").key()).isEqualTo("jobs.schedule.custom");
	}

}
