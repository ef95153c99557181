package io.tsutawaru.batch.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.JobDescription;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * deliveryReportJob (daily): for the day before its {@code date}, copies per notice and channel the planned, sent
 * and failed counts, the answer feedback per FAQ category and the unanswered questions into the report tables
 * (one restartable chunk step each), then writes them as one CSV file for staff to download.
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
		return new JobDescription(JOB, "Daily figures: deliveries per notice and channel, answer feedback, unanswered questions",
				List.of(new JobDescription.Parameter("date", JobDescription.Kind.DATE, true,
						"The run's day; the figures are for the day before it (the schedule passes today)")),
				"0 30 0 * * *");
	}

	@Bean
	Job deliveryReportJob(JobRepository repository, PlatformTransactionManager transactions, BatchProperties properties,
			JdbcCursorItemReader<Map<String, Object>> deliveryRows, FigureCopy deliveryFigures,
			JdbcCursorItemReader<Map<String, Object>> feedbackRows, FigureCopy feedbackFigures,
			JdbcCursorItemReader<Map<String, Object>> unansweredRows, FigureCopy unansweredFigures, DailyCsv dailyCsv) {
		return new JobBuilder(JOB, repository)
			.start(copy(DELIVERIES_STEP, repository, transactions, properties, deliveryRows, deliveryFigures))
			.next(copy("countFeedback", repository, transactions, properties, feedbackRows, feedbackFigures))
			.next(copy("countUnanswered", repository, transactions, properties, unansweredRows, unansweredFigures))
			.next(new StepBuilder("writeDailyCsv", repository).tasklet(dailyCsv, transactions).build())
			.build();
	}

	private static Step copy(String name, JobRepository repository, PlatformTransactionManager transactions,
			BatchProperties properties, JdbcCursorItemReader<Map<String, Object>> reader, FigureCopy writer) {
		return new StepBuilder(name, repository).<Map<String, Object>, Map<String, Object>>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(reader)
			.writer(writer)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<Map<String, Object>> deliveryRows(DataSource dataSource, @Value(DATE) String date) {
		// A stable order: a restarted step re-runs the query and skips the rows it already committed.
		return rows("deliveryRows", dataSource, date, "SELECT n.id AS notice_id, n.title AS title, b.channel AS channel, "
				+ "SUM(b.planned) AS planned, SUM(b.sent) AS sent, SUM(b.failed) AS failed FROM notices n "
				+ "JOIN delivery_batches b ON b.notice_id = n.id WHERE n.sent_at >= ? AND n.sent_at < ? "
				+ "GROUP BY n.id, n.title, b.channel ORDER BY n.id, b.channel");
	}

	@Bean
	@StepScope
	FigureCopy deliveryFigures(NamedParameterJdbcTemplate jdbc, @Value(DATE) String date) {
		return new FigureCopy(jdbc, "INSERT INTO batch_delivery_figures (report_day, notice_id, title, channel, planned, sent, failed) "
				+ "VALUES (:day, :notice_id, :title, :channel, :planned, :sent, :failed)", day(date), "deliveries");
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<Map<String, Object>> feedbackRows(DataSource dataSource, @Value(DATE) String date) {
		return rows("feedbackRows", dataSource, date, "SELECT COALESCE(e.category, '(none)') AS category, "
				+ "SUM(CASE WHEN f.solved THEN 1 ELSE 0 END) AS solved, SUM(CASE WHEN f.solved THEN 0 ELSE 1 END) AS unsolved "
				+ "FROM kb_answer_feedback f JOIN kb_faq_entries e ON e.id = f.faq_id "
				+ "WHERE f.given_at >= ? AND f.given_at < ? GROUP BY COALESCE(e.category, '(none)') "
				+ "ORDER BY COALESCE(e.category, '(none)')");
	}

	@Bean
	@StepScope
	FigureCopy feedbackFigures(NamedParameterJdbcTemplate jdbc, @Value(DATE) String date) {
		return new FigureCopy(jdbc, "INSERT INTO batch_feedback_figures (report_day, category, solved, unsolved) "
				+ "VALUES (:day, :category, :solved, :unsolved)", day(date), "feedbackCategories");
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<Map<String, Object>> unansweredRows(DataSource dataSource, @Value(DATE) String date) {
		return rows("unansweredRows", dataSource, date, "SELECT normalized, language, MAX(question) AS question, "
				+ "COUNT(*) AS asked FROM kb_unanswered_questions WHERE asked_at >= ? AND asked_at < ? "
				+ "GROUP BY normalized, language ORDER BY normalized, language");
	}

	@Bean
	@StepScope
	FigureCopy unansweredFigures(NamedParameterJdbcTemplate jdbc, @Value(DATE) String date) {
		return new FigureCopy(jdbc, "INSERT INTO batch_unanswered_figures (report_day, normalized, language, question, asked) "
				+ "VALUES (:day, :normalized, :language, :question, :asked)", day(date), "unansweredQuestions");
	}

	private JdbcCursorItemReader<Map<String, Object>> rows(String name, DataSource dataSource, String date, String sql) {
		DayWindow window = DayWindow.before(LocalDate.parse(date), clock.getZone());
		return new JdbcCursorItemReaderBuilder<Map<String, Object>>().name(name)
			.dataSource(dataSource)
			.sql(sql)
			.preparedStatementSetter(ps -> {
				ps.setObject(1, window.from());
				ps.setObject(2, window.to());
			})
			.rowMapper(new ColumnMapRowMapper())
			.saveState(true)
			.build();
	}

	/** The day the figures are filed under: the day before the run's date. */
	private static LocalDate day(String date) {
		return DayWindow.reportedDay(LocalDate.parse(date));
	}

}
