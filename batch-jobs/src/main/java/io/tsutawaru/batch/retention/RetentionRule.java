package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import io.tsutawaru.batch.BatchProperties;

/**
 * One kind of data the retention policy limits, as the module that owns it deletes it.
 * Each rule becomes one restartable chunk step: expired rows are read by id in ascending
 * order, and purged a chunk at a time.
 *
 * @param name the step's name, e.g. {@code forgetLeftSubscribers}; also the figure's name
 * in the run's counts
 * @param keep how long the data is kept (from the policy); zero keeps it for ever
 * @param expired the owner's query for expired ids
 * @param purge the owner's removal of the personal data of such ids, in the chunk's
 * transaction; returns how many rows it changed
 */
record RetentionRule(String name, Function<BatchProperties.Retention, Duration> keep, ExpiredIds expired, Purge purge) {

	/** The owner's query for the ids of expired rows. */
	@FunctionalInterface
	interface ExpiredIds {

		/**
		 * Ids of rows older than {@code cutoff}, above {@code after}, ascending, at most
		 * {@code limit}.
		 */
		List<Long> find(OffsetDateTime cutoff, long after, int limit);

	}

	/** The owner's removal of expired rows' personal data. */
	@FunctionalInterface
	interface Purge {

		int purge(List<Long> ids);

	}

}
