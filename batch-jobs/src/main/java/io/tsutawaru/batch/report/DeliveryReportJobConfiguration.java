package io.tsutawaru.batch.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.kb.KnowledgeBaseFigures;
import io.tsutawaru.notifier.DeliveryFigures;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * deliveryReportJob (daily): for the day before its {@code date}, copies per notice and
 * channel the planned, sent and failed counts, the answer feedback per FAQ category and
 * the unanswered questions into the report tables (one restartable chunk step each), then
 * writes them as one CSV file for staff to download. The figures come from the report
 * operations of the modules that own the data ({@link DeliveryFigures},
 * {@link KnowledgeBaseFigures}).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryReportJobConfiguration {

	static final String JOB = "deliveryReportJob";

	static final String DELIVERIES_STEP = "countDeliveries";

	private static final String DATE = "#{jobParameters['date']}";

	private final Clock clock;

	DeliveryReportJobConfiguration(Clock clock) {
		this.clock = clock;
	}

	@Bean
	JobDescription deliveryReportJobDescription() {
		return new JobDescription(JOB,
				"Daily figures: deliveries per notice and channel, answer feedback, unanswered questions",
				List.of(new JobDescription.Parameter("date", JobDescription.Kind.DATE, true,
						"The run's day; the figures are for the day before it (the schedule passes today)")),
				"0 30 0 * * *");
	}

	@Bean
	Job deliveryReportJob(JobRepository repository, PlatformTransactionManager transactions, BatchProperties properties,
			FigureRows deliveryRows, FigureCopy deliveryFigures, FigureRows feedbackRows, FigureCopy feedbackFigures,
			FigureRows unansweredRows, FigureCopy unansweredFigures, DailyCsv dailyCsv) {
		return new JobBuilder(JOB, repository)
			.start(copy(DELIVERIES_STEP, repository, transactions, properties, deliveryRows, deliveryFigures))
			.next(copy("countFeedback", repository, transactions, properties, feedbackRows, feedbackFigures))
			.next(copy("countUnanswered", repository, transactions, properties, unansweredRows, unansweredFigures))
			.next(new StepBuilder("writeDailyCsv", repository).tasklet(dailyCsv, transactions).build())
			.build();
	}

	private static Step copy(String name, JobRepository repository, PlatformTransactionManager transactions,
			BatchProperties properties, FigureRows reader, FigureCopy writer) {
		return new StepBuilder(name, repository).<Map<String, Object>, Map<String, Object>>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(reader)
			.writer(writer)
			.build();
	}

	@Bean
	@StepScope
	FigureRows deliveryRows(DeliveryFigures deliveries, @Value(DATE) String date) {
		DayWindow window = window(date);
		return new FigureRows("deliveryRows",
				() -> deliveries.sentBetween(window.from(), window.to())
					.stream()
					.map(row -> Map.<String, Object>of("notice_id", row.noticeId(), "title", row.title(), "channel",
							row.channel(), "planned", row.planned(), "sent", row.sent(), "failed", row.failed()))
					.toList());
	}

	@Bean
	@StepScope
	FigureCopy deliveryFigures(NamedParameterJdbcTemplate jdbc, @Value(DATE) String date) {
		return new FigureCopy(jdbc,
				"INSERT INTO batch_delivery_figures (report_day, notice_id, title, channel, planned, sent, failed) "
						+ "VALUES (:day, :notice_id, :title, :channel, :planned, :sent, :failed)",
				day(date), "deliveries");
	}

	@Bean
	@StepScope
	FigureRows feedbackRows(KnowledgeBaseFigures knowledgeBase, @Value(DATE) String date) {
		DayWindow window = window(date);
		return new FigureRows("feedbackRows",
				() -> knowledgeBase.feedback(window.from(), window.to())
					.stream()
					.map(row -> Map.<String, Object>of("category", row.category(), "solved", row.solved(), "unsolved",
							row.unsolved()))
					.toList());
	}

	@Bean
	@StepScope
	FigureCopy feedbackFigures(NamedParameterJdbcTemplate jdbc, @Value(DATE) String date) {
		return new FigureCopy(jdbc, "INSERT INTO batch_feedback_figures (report_day, category, solved, unsolved) "
				+ "VALUES (:day, :category, :solved, :unsolved)", day(date), "feedbackCategories");
	}

	@Bean
	@StepScope
	FigureRows unansweredRows(KnowledgeBaseFigures knowledgeBase, @Value(DATE) String date) {
		DayWindow window = window(date);
		return new FigureRows("unansweredRows",
				() -> knowledgeBase.unanswered(window.from(), window.to())
					.stream()
					.map(row -> Map.<String, Object>of("normalized", row.normalized(), "language", row.language(),
							"question", row.question(), "asked", row.asked()))
					.toList());
	}

	@Bean
	@StepScope
	FigureCopy unansweredFigures(NamedParameterJdbcTemplate jdbc, @Value(DATE) String date) {
		return new FigureCopy(jdbc,
				"INSERT INTO batch_unanswered_figures (report_day, normalized, language, question, asked) "
						+ "VALUES (:day, :normalized, :language, :question, :asked)",
				day(date), "unansweredQuestions");
	}

	private DayWindow window(String date) {
		return DayWindow.before(LocalDate.parse(date), clock.getZone());
	}

	/** The day the figures are filed under: the day before the run's date. */
	private static LocalDate day(String date) {
		return DayWindow.reportedDay(LocalDate.parse(date));
	}

}
