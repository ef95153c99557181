package io.tsutawaru.batch.subscriber;

import io.tsutawaru.batch.OnPostgres;

/** {@link SubscriberImportJobTests} on PostgreSQL. */
@OnPostgres
class SubscriberImportJobOnPostgresTests extends SubscriberImportJobTests {

}
