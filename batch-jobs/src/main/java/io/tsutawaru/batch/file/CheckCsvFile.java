package io.tsutawaru.batch.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.text.StaffCsvEncoding;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step of a CSV import: decides the file's encoding (the knowledge base's
 * {@link StaffCsvEncoding}, the one every import uses) and checks its header, so that a
 * file that cannot be imported at all is refused before a single row is written. Ends
 * with exit status {@code REJECTED} then.
 */
public class CheckCsvFile implements Tasklet {

	/** The exit status of a refused file; the job's flow ends the job as failed on it. */
	public static final String REJECTED = "REJECTED";

	/** Where the detected encoding is kept for the import step. */
	public static final String ENCODING = "file.encoding";

	private final ImportReports reports;

	private final int maxLineBytes;

	private final Map<String, Set<String>> aliases;

	private final Set<String> required;

	public CheckCsvFile(ImportReports reports, int maxLineBytes, Map<String, Set<String>> aliases,
			Set<String> required) {
		this.reports = reports;
		this.maxLineBytes = maxLineBytes;
		this.aliases = aliases;
		this.required = required;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution run = chunkContext.getStepContext().getStepExecution().getJobExecution();
		Path file = Path.of(run.getJobParameters().getString("file"));
		try {
			if (!Files.isReadable(file)) {
				throw new FileRejectedException(0, "the file " + file.getFileName() + " cannot be read");
			}
			Charset charset = StaffCsvEncoding.of(() -> open(file));
			CsvColumns columns = CsvColumns.read(file, charset, maxLineBytes, aliases, required);
			run.getExecutionContext().putString(ENCODING, charset.name());
			if (!columns.ignored().isEmpty()) {
				run.getExecutionContext().putString("file.ignoredColumns", String.join(", ", columns.ignored()));
			}
		}
		catch (FileRejectedException ex) {
			reports.rejected(run, ex);
			contribution.setExitStatus(new ExitStatus(REJECTED, ex.getMessage()));
		}
		return RepeatStatus.FINISHED;
	}

	private static InputStream open(Path file) {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
