package io.tsutawaru.batch.broadcast;

import java.time.Instant;

import io.tsutawaru.batch.BroadcastSchedules.Schedule;

/**
 * One occurrence of a schedule that has come and has not been handed to the notifier yet.
 */
record Due(Schedule schedule, Instant occurrence) {
}
