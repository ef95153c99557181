/**
 * The Japan Meteorological Agency's disaster XML (気象庁防災情報XML): the PULL feeds read, the
 * telegrams parsed, the city's rules applied, and the emergency notices (or drafts) they
 * produce, updated and cancelled through the notifier's public API. This package is the
 * module's public API.
 */
package io.tsutawaru.jma;
