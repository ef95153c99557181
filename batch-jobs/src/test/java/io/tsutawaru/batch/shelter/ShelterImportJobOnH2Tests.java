package io.tsutawaru.batch.shelter;

/** {@link ShelterImportJobTests} on H2 in PostgreSQL mode, the embedded default. */
class ShelterImportJobOnH2Tests extends ShelterImportJobTests {

}
