/**
 * shelterImportJob: the city's shelter list in the national open-data format into the
 * shelters module, bad rows reported.
 */
package io.tsutawaru.batch.shelter;
