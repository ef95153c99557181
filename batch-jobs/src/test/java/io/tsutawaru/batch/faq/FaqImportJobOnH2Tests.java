package io.tsutawaru.batch.faq;

/** {@link FaqImportJobTests} on H2 in PostgreSQL mode. */
class FaqImportJobOnH2Tests extends FaqImportJobTests {

}
