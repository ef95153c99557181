package io.tsutawaru.batch.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The day a report covers, as a half-open interval of instants: midnight to midnight in
 * the city's time zone (the city clock's, never the JVM's: on a server set to UTC a JST
 * day starts at 15:00 UTC the day before). A run launched with {@code date=D} reports on
 * the day before D, so the nightly schedule, which passes today, reports on yesterday.
 */
record DayWindow(LocalDate day, OffsetDateTime from, OffsetDateTime to) {

	static DayWindow before(LocalDate runDate, ZoneId zone) {
		LocalDate day = reportedDay(runDate);
		return new DayWindow(day, day.atStartOfDay(zone).toOffsetDateTime(),
				runDate.atStartOfDay(zone).toOffsetDateTime());
	}

	/**
	 * The day a run launched with {@code date=runDate} files its figures under: the day
	 * before.
	 */
	static LocalDate reportedDay(LocalDate runDate) {
		return runDate.minusDays(1);
	}

}
