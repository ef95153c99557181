/**
 * Recurring broadcasts: each occurrence handed to the notifier as a notice exactly once,
 * by a plain task of every minute (no batch job: the occurrences table is the whole
 * state).
 */
package io.tsutawaru.batch.broadcast;
