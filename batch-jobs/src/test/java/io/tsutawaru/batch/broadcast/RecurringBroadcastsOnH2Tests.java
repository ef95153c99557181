package io.tsutawaru.batch.broadcast;

/** {@link RecurringBroadcastsTests} on H2 in PostgreSQL mode. */
class RecurringBroadcastsOnH2Tests extends RecurringBroadcastsTests {

}
