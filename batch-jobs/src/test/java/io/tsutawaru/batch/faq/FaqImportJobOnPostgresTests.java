package io.tsutawaru.batch.faq;

import io.tsutawaru.batch.OnPostgres;

/** {@link FaqImportJobTests} on PostgreSQL. */
@OnPostgres
class FaqImportJobOnPostgresTests extends FaqImportJobTests {

}
