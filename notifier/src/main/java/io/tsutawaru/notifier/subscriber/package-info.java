/**
 * Subscribers stored in the database, their attribute catalog and e-mail confirmation.
 */
package io.tsutawaru.notifier.subscriber;
