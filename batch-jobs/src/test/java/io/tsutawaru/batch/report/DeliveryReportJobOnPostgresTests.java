package io.tsutawaru.batch.report;

import io.tsutawaru.batch.OnPostgres;

/** {@link DeliveryReportJobTests} on PostgreSQL. */
@OnPostgres
class DeliveryReportJobOnPostgresTests extends DeliveryReportJobTests {

}
