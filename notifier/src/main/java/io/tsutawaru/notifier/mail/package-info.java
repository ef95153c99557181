/**
 * The e-mail channel: one message per resident over SMTP, throttled, tracked per
 * recipient.
 */
package io.tsutawaru.notifier.mail;
