package io.tsutawaru.batch.launch;

import java.util.Collection;

import io.tsutawaru.batch.JobLaunchRefusedException;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Starts jobs either in the caller's thread (command line, schedules: they wait for the
 * end anyway) or on a virtual thread (the console: it shows progress). Spring Batch's
 * refusals become {@link JobLaunchRefusedException} with a message staff understand.
 */
final class JobStarter {

	private final JobOperator inCallerThread;

	private final TaskExecutorJobOperator inBackground;

	JobStarter(JobOperator operator, JobRepository repository, Collection<Job> jobs) {
		this.inCallerThread = operator;
		this.inBackground = new TaskExecutorJobOperator();
		try {
			MapJobRegistry registry = new MapJobRegistry();
			for (Job job : jobs) {
				registry.register(job);
			}
			inBackground.setJobRepository(repository);
			inBackground.setJobRegistry(registry);
			inBackground.setTaskExecutor(new VirtualThreadTaskExecutor("batch-"));
			inBackground.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set up the background job operator", ex);
		}
	}

	JobExecution startInBackground(Job job, JobParameters parameters) {
		return start(inBackground, job, parameters);
	}

	JobExecution startAndWait(Job job, JobParameters parameters) {
		return start(inCallerThread, job, parameters);
	}

	private static JobExecution start(JobOperator operator, Job job, JobParameters parameters) {
		try {
			return operator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			throw new JobLaunchRefusedException("The job " + job.getName() + " already completed with these parameters"
					+ (parameters.getString(LaunchParameters.FILE_HASH) != null ? " (the same file content)" : "")
					+ "; nothing was changed. Launch it with different parameters to run it again.");
		}
		catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
			// A unique-key violation means another process created the same job instance
			// a moment earlier.
			throw new JobLaunchRefusedException(
					"The job " + job.getName() + " is already running with these parameters");
		}
		catch (JobRestartException ex) {
			throw new JobLaunchRefusedException(
					"The job " + job.getName() + " cannot be continued: " + ex.getMessage());
		}
		catch (org.springframework.batch.core.job.parameters.InvalidJobParametersException ex) {
			throw new io.tsutawaru.batch.InvalidJobParametersException(ex.getMessage());
		}
	}

}
