package io.tsutawaru.batch.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The day a report covers, as a half-open interval of instants in the city's time zone (the JVM's, which a
 * Japanese city runs as Asia/Tokyo). A run launched with {@code date=D} reports on the day before D, so the
 * nightly schedule, which passes today, reports on yesterday.
 */
record DayWindow(LocalDate day, OffsetDateTime from, OffsetDateTime to) {

	static DayWindow before(LocalDate runDate) {
		LocalDate day = runDate.minusDays(1);
		ZoneId zone = ZoneId.systemDefault();
		return new DayWindow(day, day.atStartOfDay(zone).toOffsetDateTime(), runDate.atStartOfDay(zone).toOffsetDateTime());
	}

}
