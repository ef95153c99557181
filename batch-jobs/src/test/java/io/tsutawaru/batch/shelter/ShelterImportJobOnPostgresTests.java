package io.tsutawaru.batch.shelter;

import io.tsutawaru.batch.OnPostgres;

/** {@link ShelterImportJobTests} on PostgreSQL. */
@OnPostgres
class ShelterImportJobOnPostgresTests extends ShelterImportJobTests {

}
