/**
 * Local stand-ins for everything outside the service, so a city can try the whole system
 * on one machine: the LINE Messaging API, a resident's LINE app, and the disaster
 * gateways. Off in production.
 */
package io.tsutawaru.app.sandbox;
