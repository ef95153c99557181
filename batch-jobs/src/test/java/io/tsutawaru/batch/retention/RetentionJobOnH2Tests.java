package io.tsutawaru.batch.retention;

/** {@link RetentionJobTests} on H2 in PostgreSQL mode. */
class RetentionJobOnH2Tests extends RetentionJobTests {

}
