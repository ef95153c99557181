package io.tsutawaru.batch.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.batch.BroadcastSchedules.Recurrence;

/** The moments a recurrence falls on, in the city's time zone. */
final class Occurrences {

	private Occurrences() {
	}

	/** The occurrences after {@code from} and at or before {@code to}, in order. */
	static List<Instant> between(Recurrence recurrence, Instant from, Instant to, ZoneId zone) {
		List<Instant> found = new ArrayList<>();
		LocalDate last = to.atZone(zone).toLocalDate();
		for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			if (fallsOn(recurrence, day)) {
				Instant moment = ZonedDateTime.of(day, recurrence.at(), zone).toInstant();
				if (moment.isAfter(from) && !moment.isAfter(to)) {
					found.add(moment);
				}
			}
		}
		return found;
	}

	private static boolean fallsOn(Recurrence recurrence, LocalDate day) {
		return switch (recurrence.frequency()) {
			case DAILY -> true;
			case WEEKLY -> day.getDayOfWeek() == recurrence.dayOfWeek();
			case MONTHLY -> day.getDayOfMonth() == recurrence.dayOfMonth();
			case END_OF_MONTH -> day.equals(day.with(TemporalAdjusters.lastDayOfMonth()));
		};
	}

}
