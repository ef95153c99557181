/**
 * Receivers standing in for the disaster gateways (L-Alert, disaster radio, the city's
 * CMS).
 */
package io.tsutawaru.app.sandbox.gateway;
