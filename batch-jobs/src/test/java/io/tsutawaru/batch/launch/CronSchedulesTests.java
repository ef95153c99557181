package io.tsutawaru.batch.launch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.JobDescription.Kind;
import io.tsutawaru.batch.JobDescription.Parameter;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cron schedules run on the city's clock (Asia/Tokyo here) whatever the JVM's zone
 * is: the tests run with the JVM in UTC (root pom), where a trigger or a "today" of the
 * JVM's own would be nine hours off.
 */
class CronSchedulesTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	private static final JobDescription DAILY = new JobDescription("deliveryReportJob", "daily",
			List.of(new Parameter("date", Kind.DATE, true, "the day")), "0 30 0 * * *");

	@Test
	void aDailyJobRunsAtHalfPastMidnightInTheCityAndIsForTheCitysDay() {
		Clock clock = Clock.fixed(Instant.parse("2026-04-30T15:00:00Z"), CITY);

		Instant next = CronSchedules.trigger(DAILY.schedule(), clock).nextExecution(new SimpleTriggerContext(clock));

		assertThat(next).isEqualTo(Instant.parse("2026-04-30T15:30:00Z"));
		assertThat(CronSchedules.identity(DAILY, Clock.fixed(next, CITY))).isEqualTo(Map.of("date", "2026-05-01"));
	}

	@Test
	void theTestsRunWithTheJvmInAnotherZoneThanTheCitys() {
		assertThat(ZoneId.systemDefault().getRules().getOffset(Instant.now()))
			.as("surefire's -Duser.timezone=UTC (root pom): these tests prove nothing in the city's own zone")
			.isNotEqualTo(CITY.getRules().getOffset(Instant.now()));
	}

}
