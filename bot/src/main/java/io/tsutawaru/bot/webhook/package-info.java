/**
 * The LINE webhook: signature check, events queued in Redis streams before the fast
 * acknowledgement, and ordered, deduplicated, rate-limited handling by workers in any
 * number of processes.
 */
package io.tsutawaru.bot.webhook;
