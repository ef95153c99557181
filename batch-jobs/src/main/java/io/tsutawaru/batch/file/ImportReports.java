package io.tsutawaru.batch.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tsutawaru.text.CsvCell;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Writes an import's report: every rejected row with its line and reason, as CSV with a
 * byte-order mark so that Excel on a Japanese Windows opens it correctly, and a
 * one-sentence summary for the console.
 */
@Component("batch.importReports")
public class ImportReports {

	private final RejectedRows rejectedRows;

	private final ReportFiles files;

	ImportReports(RejectedRows rejectedRows, ReportFiles files) {
		this.rejectedRows = rejectedRows;
		this.files = files;
	}

	/**
	 * Writes the report of an import that ran through; {@code done} says what was
	 * imported, e.g. "12 new".
	 */
	public void completed(JobExecution run, String done) {
		List<RejectedRows.Row> rows = rejectedRows.of(run.getJobInstance().getInstanceId());
		RunContext.set(run.getExecutionContext(), "rejected", rows.size());
		write(run, rows);
		String rejected = rows.isEmpty() ? "no row rejected"
				: rows.size() + " row(s) rejected, listed with their line numbers in the report";
		run.getExecutionContext().putString(RunContext.SUMMARY, "Imported: " + done + "; " + rejected + ".");
	}

	/**
	 * Records why a whole file was refused, writes the report and the summary. Nothing of
	 * the file was written.
	 */
	public void rejected(JobExecution run, FileRejectedException problem) {
		rejectedRows.add(run.getJobInstance().getInstanceId(), problem.line(), problem.getMessage());
		write(run, rejectedRows.of(run.getJobInstance().getInstanceId()));
		run.getExecutionContext()
			.putString(RunContext.SUMMARY, "File rejected, nothing imported: " + problem.getMessage());
	}

	private void write(JobExecution run, List<RejectedRows.Row> rows) {
		Path file = files.create(run, "rejected");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write("line,reason\r\n");
			for (RejectedRows.Row row : rows) {
				// A reason may quote the file's own cells: never as a formula (CsvCell).
				out.write(row.line() + ",\"" + CsvCell.neutralised(row.reason()).replace("\"", "\"\"") + "\"\r\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
