/**
 * The delivery ledger and the fan-out: plans written before sending, batches on Redis
 * Streams, workers, channels' contract.
 */
package io.tsutawaru.notifier.delivery;
