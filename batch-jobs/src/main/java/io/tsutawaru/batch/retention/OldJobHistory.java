package io.tsutawaru.batch.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.batch.file.ReportFiles;
import io.tsutawaru.batch.file.RunContext;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Forgets finished job runs older than the job-history retention: their repository rows,
 * their rejected rows (which quote lines of residents' lists) and their report files, and
 * uploaded files as old. Running and failed runs that could still be continued are kept.
 */
class OldJobHistory implements Tasklet {

	private final JobRepository repository;

	private final RejectedRows rejectedRows;

	private final ReportFiles reports;

	private final Path uploads;

	private final Duration keep;

	OldJobHistory(JobRepository repository, RejectedRows rejectedRows, ReportFiles reports,
			BatchProperties properties) {
		this.repository = repository;
		this.rejectedRows = rejectedRows;
		this.reports = reports;
		this.uploads = properties.workDir().resolve("uploads").toAbsolutePath();
		this.keep = properties.retention().jobHistory();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (keep.isZero()) {
			return RepeatStatus.FINISHED;
		}
		JobExecution current = chunkContext.getStepContext().getStepExecution().getJobExecution();
		Instant now = Instant.parse(current.getExecutionContext().getString(PurgeExpired.NOW));
		Instant cutoff = now.minus(keep);
		long forgotten = 0;
		for (String job : repository.getJobNames()) {
			for (JobInstance instance : repository.findJobInstances(job)) {
				var executions = repository.getJobExecutions(instance);
				boolean old = executions.stream()
					.allMatch(e -> !e.isRunning() && e.getEndTime() != null && before(e.getEndTime(), cutoff));
				if (old && !executions.isEmpty()
						&& instance.getInstanceId() != current.getJobInstance().getInstanceId()) {
					executions.forEach(e -> deleteReport(e));
					repository.deleteJobInstance(instance);
					forgotten++;
				}
			}
		}
		rejectedRows.deleteOrphans();
		deleteOldUploads(cutoff);
		RunContext.set(chunkContext.getStepContext().getStepExecution().getExecutionContext(), "forgetJobHistory",
				forgotten);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Spring Batch's local date-times are the JVM's wall clock (see JobRuns), not the
	 * city's.
	 */
	private static boolean before(LocalDateTime time, Instant cutoff) {
		return time.atZone(ZoneId.systemDefault()).toInstant().isBefore(cutoff);
	}

	private void deleteReport(JobExecution execution) {
		if (execution.getExecutionContext().containsKey(RunContext.REPORT)) {
			Path file = Path.of(execution.getExecutionContext().getString(RunContext.REPORT)).normalize();
			if (file.startsWith(reports.directory())) {
				delete(file);
			}
		}
	}

	private void deleteOldUploads(Instant cutoff) {
		if (!Files.isDirectory(uploads)) {
			return;
		}
		try (Stream<Path> files = Files.list(uploads)) {
			files.filter(file -> {
				try {
					return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).forEach(OldJobHistory::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
