package io.tsutawaru.batch.subscriber;

/** {@link SubscriberImportJobTests} on H2 in PostgreSQL mode, the embedded default. */
class SubscriberImportJobOnH2Tests extends SubscriberImportJobTests {

}
