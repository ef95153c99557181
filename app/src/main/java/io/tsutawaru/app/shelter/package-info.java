/**
 * The city's shelters on the web: the staff API ({@code /api/shelters}), the words for a
 * shelter's state shared with the console's board, and the public page of open shelters.
 * The shelters themselves are the shelters module's.
 */
package io.tsutawaru.app.shelter;
