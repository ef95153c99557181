package io.tsutawaru.batch;

import java.time.Instant;
import java.util.Map;

/**
 * One run of a job.
 *
 * @param id the run's id (Spring Batch's job execution id)
 * @param jobName the job
 * @param parameters the parameters it ran with
 * @param status where it stands
 * @param startedAt when it started, or {@code null} while it waits to start
 * @param endedAt when it ended, or {@code null} while it runs
 * @param summary what it did or why it failed, in words staff can act on
 * @param counts its figures, e.g. {@code read}, {@code imported}, {@code rejected}; empty
 * while none are known
 * @param hasReport whether {@link BatchJobs#report} has a file for it
 */
public record JobRun(long id, String jobName, Map<String, String> parameters, RunStatus status, Instant startedAt,
		Instant endedAt, String summary, Map<String, Long> counts, boolean hasReport) {

	public JobRun {
		parameters = Map.copyOf(parameters);
		counts = Map.copyOf(counts);
	}

	/** Where a run stands. */
	public enum RunStatus {

		/** Waiting for a thread or running. */
		RUNNING,
		/** Ended and did all its work (rejected rows of an import are in its report). */
		COMPLETED,
		/**
		 * Ended before doing all its work; launching it again with the same parameters
		 * continues it.
		 */
		FAILED,
		/** Stopped by staff or abandoned. */
		STOPPED

	}

}
