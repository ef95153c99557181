package io.tsutawaru.batch.subscriber;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
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
import io.tsutawaru.batch.file.RowOutcome;
import io.tsutawaru.kb.StaffCsvRow;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.SubscriberImport;
import io.tsutawaru.notifier.SubscriberImport.ListedSubscriber;

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
 * subscriberImportJob: moves an existing disaster e-mail list into subscribers. Steps:
 * check the file (encoding, header), import its rows in chunks (restartable), write the
 * report of rejected rows.
 */
@Configuration(proxyBeanMethods = false)
class SubscriberImportJobConfiguration {

	static final String JOB = "subscriberImportJob";

	static final String IMPORT_STEP = "importSubscriberRows";

	/** Each column with the header names cities' lists use for it. */
	static final Map<String, Set<String>> COLUMNS = Map.of("email",
			Set.of("メールアドレス", "メール", "mail", "e-mail", "mail_address", "email_address", "アドレス"), "area",
			Set.of("地区", "地域", "居住地区", "district"), "age_band", Set.of("年代", "年齢層", "age"), "language",
			Set.of("言語", "lang"), "interests", Set.of("関心", "関心事", "興味", "受信ジャンル", "topics"), "confirmed",
			Set.of("確認済み", "確認済", "確認", "登録確認", "verified", "opted_in"));

	@Bean
	JobDescription subscriberImportJobDescription() {
		return new JobDescription(JOB, "Import a disaster e-mail list (CSV) as e-mail subscribers",
				List.of(new JobDescription.Parameter("file", JobDescription.Kind.FILE, true,
						"CSV with a header: email (required), area, age_band, language, interests (separated by |), "
								+ "confirmed (yes/no). UTF-8 or Shift_JIS.")),
				null);
	}

	@Bean
	Job subscriberImportJob(JobRepository repository, PlatformTransactionManager transactions, ImportReports reports,
			BatchProperties properties, CsvRecordReader subscriberListReader, SubscriberListRows subscriberListRows,
			SubscriberListWriter subscriberListWriter) {
		Step check = new StepBuilder("checkSubscriberList", repository)
			.tasklet(new CheckCsvFile(reports, properties.maxLineBytes(), COLUMNS, Set.of("email")), transactions)
			.allowStartIfComplete(true)
			.build();
		Step rows = new StepBuilder(IMPORT_STEP, repository)
			.<StaffCsvRow, RowOutcome<ListedSubscriber>>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(subscriberListReader)
			.processor(subscriberListRows)
			.writer(subscriberListWriter)
			.build();
		Step finish = new StepBuilder("reportSubscriberImport", repository)
			.tasklet(new FinishImport(repository, reports, IMPORT_STEP, SubscriberImportJobConfiguration::describe),
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
	CsvRecordReader subscriberListReader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobExecutionContext['" + CheckCsvFile.ENCODING + "']}") String encoding,
			BatchProperties properties) {
		return new CsvRecordReader(Path.of(file), Charset.forName(encoding), properties.maxLineBytes());
	}

	@Bean
	@StepScope
	SubscriberListRows subscriberListRows(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobExecutionContext['" + CheckCsvFile.ENCODING + "']}") String encoding,
			BatchProperties properties, AttributeCatalog catalog) {
		CsvColumns columns = CsvColumns.read(Path.of(file), Charset.forName(encoding), properties.maxLineBytes(),
				COLUMNS, Set.of("email"));
		return new SubscriberListRows(columns, catalog);
	}

	@Bean
	@StepScope
	SubscriberListWriter subscriberListWriter(SubscriberImport subscribers, RejectedRows rejectedRows,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
		return new SubscriberListWriter(subscribers, rejectedRows, jobInstanceId);
	}

	private static String describe(Map<String, Long> counts) {
		return counts.getOrDefault("new", 0L) + " new subscriber(s), " + counts.getOrDefault("merged", 0L)
				+ " merged into existing ones, " + counts.getOrDefault("unchanged", 0L) + " already up to date";
	}

}
