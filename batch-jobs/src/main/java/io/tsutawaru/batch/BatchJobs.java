package io.tsutawaru.batch;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's routine jobs as the staff console sees them: which exist, how to launch one,
 * what they did.
 *
 * <p>
 * A Spring bean. Launching returns at once; the job runs in the background and its
 * progress is read with {@link #run(long)}. Imports are identified by the content of
 * their file, so the same file imported twice is refused the second time
 * ({@link JobLaunchRefusedException}) and changes nothing; a failed import launched again
 * with the same file continues where it stopped.
 */
public interface BatchJobs {

	/** Every job, in a stable order, with the parameters it takes and its schedule. */
	List<JobDescription> jobs();

	/**
	 * Starts a job in the background.
	 * @param jobName one of {@link #jobs()}
	 * @param parameters the job's parameters by name, e.g.
	 * {@code file=/path/to/list.csv}; values as typed
	 * @return the run as it stands right after the start
	 * @throws UnknownJobException when there is no job with that name
	 * @throws InvalidJobParametersException when a parameter is missing, unknown or
	 * unusable (the message says which)
	 * @throws JobLaunchRefusedException when the same job with the same identity already
	 * completed or is running
	 */
	JobRun launch(String jobName, Map<String, String> parameters);

	/**
	 * Starts a job and waits until it ends; what the command line and the schedules use.
	 * @return the finished run
	 * @throws UnknownJobException, InvalidJobParametersException,
	 * JobLaunchRefusedException as {@link #launch}
	 */
	JobRun runToEnd(String jobName, Map<String, String> parameters);

	/** One run by its id, or empty when there is none. */
	Optional<JobRun> run(long runId);

	/**
	 * The latest runs of a job, newest first. @throws UnknownJobException when there is
	 * no such job
	 */
	List<JobRun> history(String jobName, int limit);

	/**
	 * The report file a run wrote (rejected rows of an import, figures of a report job),
	 * to download.
	 * @return the file, or empty when the run wrote none (yet)
	 */
	Optional<ReportFile> report(long runId);

	/**
	 * Keeps an uploaded file where the jobs can read it, under the configured work
	 * directory.
	 * @param originalName the name the file had on the staff member's computer (only its
	 * last part is kept)
	 * @param content the file's bytes; not closed
	 * @return the stored file's path, to pass as the {@code file} parameter
	 */
	Path storeUpload(String originalName, InputStream content);

}
