package io.tsutawaru.batch.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Where the jobs write the files staff download:
 * {@code <work-dir>/reports/<job>-<run>-<what>.csv}.
 */
@Component("batch.reportFiles")
public class ReportFiles {

	private final Path directory;

	ReportFiles(BatchProperties properties) {
		this.directory = properties.workDir().resolve("reports").toAbsolutePath();
	}

	/**
	 * A new report file for a run, recorded in the run's context so the console can offer
	 * it.
	 */
	public Path create(JobExecution run, String what) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path file = directory.resolve(run.getJobInstance().getJobName() + "-" + run.getId() + "-" + what + ".csv");
		run.getExecutionContext().putString(RunContext.REPORT, file.toString());
		return file;
	}

	/** The directory holding every report, for the retention job. */
	public Path directory() {
		return directory;
	}

}
