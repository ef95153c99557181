/**
 * A stand-in for the Japan Meteorological Agency's PULL feeds: telegrams posted by staff
 * (or a script) are published on Atom feeds served here, which the service polls like
 * JMA's; and the example rules of the sandbox's fictional city.
 */
package io.tsutawaru.app.sandbox.jma;
