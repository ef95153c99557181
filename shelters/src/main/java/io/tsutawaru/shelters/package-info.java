/**
 * The city's shelters (指定緊急避難場所 and 指定避難所): the lists in the national standard open-data
 * format read and imported ({@link ShelterList}, {@link ShelterImport}), opened, closed
 * and marked crowded by staff, and the nearest open ones for a resident
 * ({@link Shelters}). This package is the module's public API.
 */
package io.tsutawaru.shelters;
