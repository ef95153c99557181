package io.tsutawaru.batch.faq;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.file.CheckCsvFile;
import io.tsutawaru.batch.file.CsvColumns;
import io.tsutawaru.batch.file.CsvRecordReader;
import io.tsutawaru.batch.file.FinishImport;
import io.tsutawaru.batch.file.ImportReports;
import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.StaffCsvRow;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * faqImportJob: a CSV or JSON file (chosen by its name's ending) into the knowledge base.
 * Steps: check the file, import it a chunk at a time through {@link FaqEditor}
 * (validation, upsert by id, index update), write the report.
 */
@Configuration(proxyBeanMethods = false)
class FaqImportJobConfiguration {

	static final String JOB = "faqImportJob";

	static final String CSV_STEP = "importFaqCsvRecords";

	static final String JSON_STEP = "importFaqJsonRecords";

	/**
	 * The knowledge base's CSV columns that must be present; it reads the others itself.
	 */
	private static final Map<String, Set<String>> COLUMNS = Map.of("id", Set.of(), "question", Set.of(), "answer",
			Set.of());

	@Bean
	JobDescription faqImportJobDescription() {
		return new JobDescription(JOB, "Import FAQ entries (CSV or JSON) into the knowledge base",
				List.of(new JobDescription.Parameter("file", JobDescription.Kind.FILE, true,
						"A .csv file with the columns id, question, alternatives, answer, category, department, phone, "
								+ "hours, url, language, published (UTF-8 or Shift_JIS), or a .json file as the export "
								+ "writes it or in the LocalgovFAQ format")),
				null);
	}

	@Bean
	Job faqImportJob(JobRepository repository, PlatformTransactionManager transactions, ImportReports reports,
			BatchProperties properties, CsvRecordReader faqCsvReader, JsonRecordReader faqJsonReader,
			FaqChunkWriter<StaffCsvRow> faqCsvWriter, FaqChunkWriter<FaqRecord> faqJsonWriter) {
		JobExecutionDecider format = (run, step) -> new FlowExecutionStatus(
				run.getJobParameters().getString("file").toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "CSV");
		Step checkCsv = new StepBuilder("checkFaqCsv", repository)
			.tasklet(new CheckCsvFile(reports, properties.maxLineBytes(), COLUMNS, COLUMNS.keySet()), transactions)
			.allowStartIfComplete(true)
			.build();
		Step checkJson = new StepBuilder("checkFaqJson", repository).tasklet(new CheckJsonFile(reports), transactions)
			.allowStartIfComplete(true)
			.build();
		Step csvRows = new StepBuilder(CSV_STEP, repository).<StaffCsvRow, StaffCsvRow>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(faqCsvReader)
			.writer(faqCsvWriter)
			.build();
		Step jsonRows = new StepBuilder(JSON_STEP, repository).<FaqRecord, FaqRecord>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(faqJsonReader)
			.writer(faqJsonWriter)
			.build();
		Step finishCsv = finish(repository, transactions, reports, CSV_STEP);
		Step finishJson = finish(repository, transactions, reports, JSON_STEP);
		return new JobBuilder(JOB, repository).start(format)
			.on("CSV")
			.to(checkCsv)
			.from(checkCsv)
			.on(CheckCsvFile.REJECTED)
			.fail()
			.from(checkCsv)
			.on("*")
			.to(csvRows)
			.next(finishCsv)
			.from(format)
			.on("JSON")
			.to(checkJson)
			.from(checkJson)
			.on(CheckCsvFile.REJECTED)
			.fail()
			.from(checkJson)
			.on("*")
			.to(jsonRows)
			.next(finishJson)
			.end()
			.build();
	}

	private static Step finish(JobRepository repository, PlatformTransactionManager transactions, ImportReports reports,
			String importStep) {
		return new StepBuilder(importStep.replace("import", "report"), repository)
			.tasklet(
					new FinishImport(repository, reports, importStep,
							counts -> counts.getOrDefault("imported", 0L) + " FAQ entr(ies) created or replaced"),
					transactions)
			.build();
	}

	@Bean
	@StepScope
	CsvRecordReader faqCsvReader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobExecutionContext['" + CheckCsvFile.ENCODING + "']}") String encoding,
			BatchProperties properties) {
		return new CsvRecordReader(Path.of(file), Charset.forName(encoding), properties.maxLineBytes());
	}

	@Bean
	@StepScope
	JsonRecordReader faqJsonReader(@Value("#{jobParameters['file']}") String file) {
		return new JsonRecordReader(Path.of(file));
	}

	@Bean
	@StepScope
	FaqChunkWriter<StaffCsvRow> faqCsvWriter(FaqEditor editor, RejectedRows rejectedRows,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId,
			@Value("#{jobParameters['file']}") String file,
			@Value("#{jobExecutionContext['" + CheckCsvFile.ENCODING + "']}") String encoding,
			BatchProperties properties) {
		List<String> header = CsvColumns
			.read(Path.of(file), Charset.forName(encoding), properties.maxLineBytes(), COLUMNS, COLUMNS.keySet())
			.names();
		return new FaqChunkWriter<>(rejectedRows, jobInstanceId, rows -> editor.importCsvRows(header, rows));
	}

	@Bean
	@StepScope
	FaqChunkWriter<FaqRecord> faqJsonWriter(FaqEditor editor, RejectedRows rejectedRows,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId,
			@Value("#{jobExecutionContext['" + CheckJsonFile.MEMBERS + "']}") String members) {
		boolean asMembers = Boolean.parseBoolean(members);
		return new FaqChunkWriter<>(rejectedRows, jobInstanceId,
				records -> FaqChunks.importJson(editor, asMembers, records));
	}

}
