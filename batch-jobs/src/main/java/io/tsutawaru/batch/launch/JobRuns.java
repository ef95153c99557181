package io.tsutawaru.batch.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tsutawaru.batch.JobRun;
import io.tsutawaru.batch.file.RunContext;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reads a Spring Batch job execution as the {@link JobRun} the console shows. */
final class JobRuns {

	private JobRuns() {
	}

	static JobRun of(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		Map<String, String> parameters = new LinkedHashMap<>();
		execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
		return new JobRun(execution.getId(), execution.getJobInstance().getJobName(), parameters, status(execution),
				instant(execution.getStartTime()), instant(execution.getEndTime()), summary(execution),
				RunContext.counts(context), reportOf(execution) != null);
	}

	/** The report file a run wrote, or {@code null}. */
	static Path reportOf(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		if (!context.containsKey(RunContext.REPORT)) {
			return null;
		}
		Path file = Path.of(context.getString(RunContext.REPORT));
		return Files.isRegularFile(file) ? file : null;
	}

	private static JobRun.RunStatus status(JobExecution execution) {
		return switch (execution.getStatus()) {
			case STARTING, STARTED, STOPPING -> JobRun.RunStatus.RUNNING;
			case COMPLETED -> JobRun.RunStatus.COMPLETED;
			case STOPPED, ABANDONED -> JobRun.RunStatus.STOPPED;
			case FAILED, UNKNOWN -> JobRun.RunStatus.FAILED;
		};
	}

	private static String summary(JobExecution execution) {
		if (execution.getExecutionContext().containsKey(RunContext.SUMMARY)) {
			return execution.getExecutionContext().getString(RunContext.SUMMARY);
		}
		if (!execution.getAllFailureExceptions().isEmpty()) {
			Throwable cause = execution.getAllFailureExceptions().get(0);
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			return "Failed: " + cause.getMessage() + " — launch it again with the same parameters to continue.";
		}
		String description = execution.getExitStatus().getExitDescription();
		// Spring Batch puts a stack trace in the description; its first line is the
		// message staff can read.
		String firstLine = description == null ? "" : description.lines().findFirst().orElse("");
		return firstLine.length() > 500 ? firstLine.substring(0, 500) : firstLine;
	}

	private static Instant instant(LocalDateTime time) {
		// Spring Batch stamps its runs with LocalDateTime.now(): the JVM's zone, whatever
		// the city's is, so they are read
		// back in the JVM's zone (and shown to staff in the city's). Not the city clock:
		// that would shift every run.
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
	}

}
