package io.tsutawaru.batch.retention;

import io.tsutawaru.batch.OnPostgres;

/** {@link RetentionJobTests} on PostgreSQL. */
@OnPostgres
class RetentionJobOnPostgresTests extends RetentionJobTests {

}
