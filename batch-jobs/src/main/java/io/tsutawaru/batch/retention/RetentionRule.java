package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.util.List;

import io.tsutawaru.batch.BatchProperties;

/**
 * One kind of data the retention policy limits. Each rule becomes one restartable chunk step: expired rows are
 * read by id in ascending order, and purged a chunk at a time.
 */
interface RetentionRule {

	/** The step's name, e.g. {@code forgetLeftSubscribers}; also the figure's name in the run's counts. */
	String name();

	/** The table the rule reads; when it does not exist, the rule's step fails naming it (never a silent skip). */
	String table();

	/** How long the data is kept; zero keeps it for ever. */
	Duration keep(BatchProperties.Retention policy);

	/**
	 * Selects the ids of expired rows: must take the named parameters {@code cutoff} (an
	 * {@code OffsetDateTime}) and {@code after} (ids already handled), and order by id.
	 */
	String expiredIds();

	/** Removes the personal data of these rows, in the chunk's transaction; returns how many rows it changed. */
	int purge(List<Long> ids);

}
