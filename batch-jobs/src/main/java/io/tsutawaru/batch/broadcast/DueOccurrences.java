package io.tsutawaru.batch.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.tsutawaru.batch.BroadcastSchedules.Schedule;

import org.springframework.stereotype.Component;

/**
 * The occurrences due at a moment: every active schedule's occurrences since it was
 * created (at most a day back, so a service that was down for a week does not send a week
 * of reminders at once) that are not yet in the occurrences table. That table is the only
 * state: an occurrence that failed is found again at the next minute.
 */
@Component("batch.dueOccurrences")
class DueOccurrences {

	static final Duration CATCH_UP = Duration.ofDays(1);

	private final ScheduleTable table;

	/** The city's time zone, in which a schedule's days and time of day are meant. */
	private final ZoneId zone;

	DueOccurrences(ScheduleTable table, Clock clock) {
		this.table = table;
		this.zone = clock.getZone();
	}

	/** The due occurrences at {@code now}, oldest first. */
	List<Due> at(Instant now) {
		List<Due> due = new ArrayList<>();
		for (Schedule schedule : table.active()) {
			Instant from = schedule.createdAt().isAfter(now.minus(CATCH_UP)) ? schedule.createdAt()
					: now.minus(CATCH_UP);
			Occurrences.between(schedule.recurrence(), from, now, zone)
				.stream()
				.filter(occurrence -> !table.taken(schedule.id(), occurrence))
				.forEach(occurrence -> due.add(new Due(schedule, occurrence)));
		}
		due.sort(Comparator.comparing(Due::occurrence).thenComparing(d -> d.schedule().id()));
		return due;
	}

}
