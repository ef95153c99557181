package io.tsutawaru.batch.shelter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.file.CheckCsvFile;
import io.tsutawaru.batch.file.FinishImport;
import io.tsutawaru.batch.file.ImportReports;
import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.ShelterRow;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * shelterImportJob: the city's 指定緊急避難場所一覧 or 指定避難所一覧 (national standard open-data format)
 * into the shelters module. Steps: check the file (encoding, the format's header), import
 * its rows in chunks through the module's {@link ShelterImport} (restartable), write the
 * report of rejected rows. Reading and checking the rows is the module's
 * ({@code ShelterList}); this job only chunks, restarts and reports.
 */
@Configuration(proxyBeanMethods = false)
class ShelterImportJobConfiguration {

	static final String JOB = "shelterImportJob";

	static final String IMPORT_STEP = "importShelterRows";

	@Bean
	JobDescription shelterImportJobDescription() {
		return new JobDescription(JOB, "Import the city's shelter list (national open-data format, CSV)", List
			.of(new JobDescription.Parameter("file", JobDescription.Kind.FILE, true,
					"指定緊急避難場所一覧 or 指定避難所一覧 in the 自治体標準オープンデータセット format, with its header. " + "UTF-8 or Shift_JIS.")),
				null);
	}

	@Bean
	Job shelterImportJob(JobRepository repository, PlatformTransactionManager transactions, ImportReports reports,
			BatchProperties properties, ShelterListReader shelterListReader, ShelterListWriter shelterListWriter) {
		Step check = new StepBuilder("checkShelterList", repository)
			.tasklet(new CheckShelterList(reports), transactions)
			.allowStartIfComplete(true)
			.build();
		Step rows = new StepBuilder(IMPORT_STEP, repository).<ShelterRow, ShelterRow>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(shelterListReader)
			.writer(shelterListWriter)
			.build();
		Step finish = new StepBuilder("reportShelterImport", repository)
			.tasklet(new FinishImport(repository, reports, IMPORT_STEP, ShelterImportJobConfiguration::describe),
					transactions)
			.build();
		return new JobBuilder(JOB, repository).start(check)
			.on(CheckCsvFile.REJECTED)
			.fail()
			.from(check)
			.on("*")
			.to(rows)
			.next(finish)
			.end()
			.build();
	}

	@Bean
	@StepScope
	ShelterListReader shelterListReader(@Value("#{jobParameters['file']}") String file) {
		return new ShelterListReader(Path.of(file));
	}

	@Bean
	@StepScope
	ShelterListWriter shelterListWriter(ShelterImport shelters, RejectedRows rejectedRows,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
		return new ShelterListWriter(shelters, rejectedRows, jobInstanceId);
	}

	private static String describe(Map<String, Long> counts) {
		return counts.getOrDefault("new", 0L) + " new shelter(s), " + counts.getOrDefault("updated", 0L)
				+ " updated from the list (open/closed and crowding kept), " + counts.getOrDefault("unchanged", 0L)
				+ " already up to date";
	}

}
