package io.tsutawaru.batch.broadcast;

/** {@link ScheduledBroadcastJobTests} on H2 in PostgreSQL mode. */
class ScheduledBroadcastJobOnH2Tests extends ScheduledBroadcastJobTests {

}
