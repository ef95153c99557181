package io.tsutawaru.batch.broadcast;

import io.tsutawaru.batch.OnPostgres;

/** {@link RecurringBroadcastsTests} on PostgreSQL. */
@OnPostgres
class RecurringBroadcastsOnPostgresTests extends RecurringBroadcastsTests {

}
