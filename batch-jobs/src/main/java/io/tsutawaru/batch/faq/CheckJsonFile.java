package io.tsutawaru.batch.faq;

import java.nio.file.Files;
import java.nio.file.Path;

import io.tsutawaru.batch.file.CheckCsvFile;
import io.tsutawaru.batch.file.FileRejectedException;
import io.tsutawaru.batch.file.ImportReports;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON document through once, without keeping it, before anything is imported:
 * JSON that breaks halfway cannot be resumed after the break, so a broken document is
 * refused whole, naming the line and column.
 */
class CheckJsonFile implements Tasklet {

	/** Whether the document is a LocalgovFAQ object of members rather than an array. */
	static final String MEMBERS = "file.jsonMembers";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportReports reports;

	CheckJsonFile(ImportReports reports) {
		this.reports = reports;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution run = chunkContext.getStepContext().getStepExecution().getJobExecution();
		Path file = Path.of(run.getJobParameters().getString("file"));
		try {
			if (!Files.isReadable(file)) {
				throw new FileRejectedException(0, "the file " + file.getFileName() + " cannot be read");
			}
			run.getExecutionContext().putString(MEMBERS, String.valueOf(check(file)));
		}
		catch (FileRejectedException ex) {
			reports.rejected(run, ex);
			contribution.setExitStatus(new ExitStatus(CheckCsvFile.REJECTED, ex.getMessage()));
		}
		return RepeatStatus.FINISHED;
	}

	private static boolean check(Path file) {
		try (JsonParser parser = JSON.createParser(file.toFile())) {
			JsonToken first = parser.nextToken();
			if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
				throw new FileRejectedException(1,
						"expected an array of entries or an object of \"id\": \"Question: …\", as the export writes");
			}
			parser.skipChildren();
			if (parser.nextToken() != null) {
				throw new FileRejectedException(parser.currentLocation().getLineNr(),
						"text follows the end of the JSON document");
			}
			return first == JsonToken.START_OBJECT;
		}
		catch (JacksonException ex) {
			long line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			long column = ex.getLocation() == null ? 0 : ex.getLocation().getColumnNr();
			throw new FileRejectedException(line, "the JSON is broken at column " + column + ": "
					+ ex.getOriginalMessage() + "; nothing was imported");
		}
	}

}
