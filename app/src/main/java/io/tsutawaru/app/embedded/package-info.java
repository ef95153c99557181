/**
 * Real servers started in-process when nothing is configured: Redis and an SMTP server
 * with a mailbox.
 */
package io.tsutawaru.app.embedded;
