/**
 * The notifier's public API: subscribers, their attributes, notices and the events they
 * publish.
 */
package io.tsutawaru.notifier;
