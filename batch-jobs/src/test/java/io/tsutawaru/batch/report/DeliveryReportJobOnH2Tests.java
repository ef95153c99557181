package io.tsutawaru.batch.report;

/** {@link DeliveryReportJobTests} on H2 in PostgreSQL mode. */
class DeliveryReportJobOnH2Tests extends DeliveryReportJobTests {

}
