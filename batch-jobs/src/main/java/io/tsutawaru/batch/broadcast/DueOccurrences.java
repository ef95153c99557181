package io.tsutawaru.batch.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

import io.tsutawaru.batch.BroadcastSchedules.Schedule;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The occurrences due at the run's minute: every active schedule's occurrences since it was created (at most a day
 * back, so a service that was down for a week does not send a week of reminders at once) that are not yet in the
 * occurrences table. That table, written with each chunk, is the reader's state: a restarted run finds exactly the
 * occurrences still missing.
 */
class DueOccurrences implements ItemStreamReader<Due> {

	static final Duration CATCH_UP = Duration.ofDays(1);

	private final ScheduleTable table;

	private final Instant now;

	/** The city's time zone, in which a schedule's days and time of day are meant. */
	private final ZoneId zone;

	private final Deque<Due> due = new ArrayDeque<>();

	DueOccurrences(ScheduleTable table, Instant now, ZoneId zone) {
		this.table = table;
		this.now = now;
		this.zone = zone;
	}

	@Override
	public void open(ExecutionContext context) {
		due.clear();
		for (Schedule schedule : table.active()) {
			Instant from = schedule.createdAt().isAfter(now.minus(CATCH_UP)) ? schedule.createdAt() : now.minus(CATCH_UP);
			Occurrences.between(schedule.recurrence(), from, now, zone)
				.stream()
				.filter(occurrence -> !table.taken(schedule.id(), occurrence))
				.forEach(occurrence -> due.add(new Due(schedule, occurrence)));
		}
		var sorted = due.stream()
			.sorted(Comparator.comparing(Due::occurrence).thenComparing(d -> d.schedule().id()))
			.toList();
		due.clear();
		due.addAll(sorted);
	}

	@Override
	public Due read() {
		return due.poll();
	}

}
