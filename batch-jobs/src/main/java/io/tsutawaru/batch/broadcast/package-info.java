/** scheduledBroadcastJob: recurring broadcasts, each occurrence handed to the notifier as a notice exactly once. */
package io.tsutawaru.batch.broadcast;
