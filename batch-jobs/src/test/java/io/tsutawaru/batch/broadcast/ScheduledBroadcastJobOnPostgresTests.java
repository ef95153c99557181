package io.tsutawaru.batch.broadcast;

import io.tsutawaru.batch.OnPostgres;

/** {@link ScheduledBroadcastJobTests} on PostgreSQL. */
@OnPostgres
class ScheduledBroadcastJobOnPostgresTests extends ScheduledBroadcastJobTests {

}
