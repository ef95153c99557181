package io.tsutawaru.batch.retention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchTestApplication;
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
 * retentionJob on the default policy (left subscribers 30 days, delivery recipients 400
 * days).
 */
@SpringBatchTest
@SpringBootTest(classes = BatchTestApplication.class)
abstract class RetentionJobTests {

	@Autowired
	BatchJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository repository;

	String tag;

	@BeforeEach
	void newTag() {
		tag = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	@Test
	void deletesOnlySubscribersWhoLeftLongEnoughAgoAndReceiveNothingElse() {
		long gone = subscriber("gone", false, null, daysAgo(60));
		long stillMailed = subscriber("mailed", false, "still@" + tag + ".example.jp", daysAgo(60));
		long recentlyLeft = subscriber("recent", false, null, daysAgo(5));
		long active = subscriber("active", true, null, daysAgo(900));

		JobRun run = retention();

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(exists(gone)).isFalse();
		assertThat(exists(stillMailed)).isTrue();
		assertThat(exists(recentlyLeft)).isTrue();
		assertThat(exists(active)).isTrue();
		assertThat(run.counts().get("forgetLeftSubscribers")).isGreaterThanOrEqualTo(1L);
	}

	@Test
	void erasesRecipientsOfOldFinishedDeliveriesButKeepsTheirCounts() {
		jdbc.sql(
				"INSERT INTO notices (title, body, severity, alert_status, channels, segment_rule, area_names, area_codes, "
						+ "state, created_by, created_at, updated_at) VALUES ('t', 'b', 'INFO', 'ACTUAL', 'LINE', 'all', '', '', 'SENT', ?, ?, ?)")
			.params(tag, daysAgo(500), daysAgo(500))
			.update();
		long notice = jdbc.sql("SELECT id FROM notices WHERE created_by = ?").param(tag).query(Long.class).single();
		long old = batch(notice, "SENT", daysAgo(450));
		long planned = batch(notice, "PLANNED", null);
		long recent = batch(notice, "SENT", daysAgo(10));

		JobRun run = retention();

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(recipients(old)).isEmpty();
		assertThat(jdbc.sql("SELECT sent FROM delivery_batches WHERE id = ?").param(old).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(recipients(planned)).isEqualTo("Ua\nUb");
		assertThat(recipients(recent)).isEqualTo("Ua\nUb");
	}

	@Test
	void deletesQuestionCardsOlderThanTheConversationLog() {
		long old = questionCard(daysAgo(91));
		long recent = questionCard(daysAgo(89));

		JobRun run = retention();

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(questionCards(old, recent)).containsExactly(recent);
		assertThat(run.counts().get("deleteQuestionCards")).isGreaterThanOrEqualTo(1L);
	}

	/**
	 * The bot's tables come from the bot's own migrations (a test dependency), not from a
	 * copy of their columns.
	 */
	@Test
	void deletesTheConversationLogAndClosedHandOffsOlderThanTheConversationRetention() {
		long oldLog = logEntry(daysAgo(91));
		long recentLog = logEntry(daysAgo(89));
		long closedLongAgo = handOff(daysAgo(120), daysAgo(91));
		long closedRecently = handOff(daysAgo(120), daysAgo(89));
		long stillOpen = handOff(daysAgo(400), null);

		JobRun run = retention();

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(ids("bot_conversation_log", oldLog, recentLog)).containsExactly(recentLog);
		assertThat(ids("bot_hand_offs", closedLongAgo, closedRecently, stillOpen)).containsExactly(closedRecently,
				stillOpen);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bot_hand_off_messages WHERE hand_off_id = ?")
			.param(closedLongAgo)
			.query(Long.class)
			.single()).as("the resident's words go with their hand-off").isZero();
		assertThat(run.counts().get("deleteConversationLog")).isGreaterThanOrEqualTo(1L);
		assertThat(run.counts().get("deleteClosedHandOffs")).isGreaterThanOrEqualTo(1L);
	}

	@Test
	void deletesThePhotosOfReportsClosedLongEnoughAgoButKeepsTheReports() throws IOException {
		Path photos = Files.createDirectories(Path.of("target/report-photos"));
		long old = report("RESOLVED", daysAgo(31), photo(photos));
		long recent = report("DECLINED", daysAgo(29), photo(photos));
		long open = report("RECEIVED", daysAgo(300), photo(photos));

		JobRun run = retention();

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(photoOf(old)).isNull();
		assertThat(photos.resolve(tag + old)).doesNotExist();
		assertThat(photoOf(recent)).isEqualTo(tag + recent);
		assertThat(photos.resolve(tag + recent)).exists();
		assertThat(photoOf(open)).isEqualTo(tag + open);
		assertThat(ids("bot_reports", old, recent, open)).containsExactly(old, recent, open);
		assertThat(run.counts().get("deleteClosedReportPhotos")).isGreaterThanOrEqualTo(1L);
	}

	/**
	 * Finished runs go after the job-history period (400 days), whatever job they were
	 * of; recent ones stay.
	 */
	@Test
	void forgetsFinishedJobRunsOlderThanTheJobHistoryRetention() {
		JobRun old = retention();
		JobRun recent = retention();
		// Spring Batch stamps runs with the JVM's wall clock (see JobRuns), so the stamps
		// are moved in that clock.
		java.time.LocalDateTime longAgo = java.time.LocalDateTime.now().minusDays(401);
		jdbc.sql(
				"UPDATE BATCH_JOB_EXECUTION SET CREATE_TIME = ?, START_TIME = ?, END_TIME = ? WHERE JOB_EXECUTION_ID = ?")
			.params(longAgo, longAgo, longAgo.plusSeconds(1), old.id())
			.update();

		JobRun run = retention();

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(jobs.run(old.id())).isEmpty();
		assertThat(jobs.run(recent.id())).isPresent();
		assertThat(run.counts().get("forgetJobHistory")).isGreaterThanOrEqualTo(1L);
	}

	/**
	 * Issue 19, item 2: a renamed table must stop the run loudly, not quietly stop
	 * personal data being deleted.
	 */
	@Test
	void aMissingTableFailsTheRunAndNamesIt() {
		jdbc.sql("ALTER TABLE bot_question_cards RENAME TO bot_question_cards_renamed").update();
		try {
			JobRun run = retention();

			assertThat(run.status()).isEqualTo(JobRun.RunStatus.FAILED);
			assertThat(run.summary()).contains("bot_question_cards", "deleteQuestionCards");
		}
		finally {
			jdbc.sql("ALTER TABLE bot_question_cards_renamed RENAME TO bot_question_cards").update();
		}
	}

	@Test
	void restartAfterAFailureContinuesWithoutRedoingOrSkippingRows() {
		long[] ids = new long[25];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = subscriber("r" + i, false, null, daysAgo(60));
		}
		long expired = jdbc
			.sql("SELECT COUNT(*) FROM subscribers WHERE active = FALSE AND email IS NULL AND updated_at < ?")
			.param(daysAgo(30))
			.query(Long.class)
			.single();
		String blocker = "blocker_" + tag.toLowerCase();
		// A row elsewhere still points at the 15th subscriber: deleting the second chunk
		// fails.
		jdbc.sql("CREATE TABLE " + blocker + " (subscriber_id BIGINT REFERENCES subscribers (id))").update();
		jdbc.sql("INSERT INTO " + blocker + " VALUES (?)").param(ids[14]).update();
		String date = UniqueRunDates.next();

		JobRun failed = jobs.runToEnd("retentionJob", Map.of("date", date));
		assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
		long left = remaining(ids);
		assertThat(left).isBetween(1L, 24L);

		jdbc.sql("DROP TABLE " + blocker).update();
		JobRun resumed = jobs.runToEnd("retentionJob", Map.of("date", date));

		assertThat(resumed.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(remaining(ids)).isZero();
		assertThat(resumed.counts()).containsEntry("forgetLeftSubscribers", expired);
		long readAgain = repository.getJobExecution(resumed.id())
			.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("forgetLeftSubscribers"))
			.findFirst()
			.orElseThrow()
			.getReadCount();
		assertThat(readAgain).isEqualTo(left);
	}

	private JobRun retention() {
		return jobs.runToEnd("retentionJob", Map.of("date", UniqueRunDates.next()));
	}

	private long subscriber(String name, boolean active, String confirmedEmail, OffsetDateTime updatedAt) {
		jdbc.sql(
				"INSERT INTO subscribers (line_user_id, email, email_confirmed, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tag + name, confirmedEmail, confirmedEmail != null, active, updatedAt, updatedAt)
			.update();
		return jdbc.sql("SELECT id FROM subscribers WHERE line_user_id = ?")
			.param(tag + name)
			.query(Long.class)
			.single();
	}

	private long batch(long notice, String state, OffsetDateTime doneAt) {
		String key = UUID.randomUUID().toString();
		jdbc.sql(
				"INSERT INTO delivery_batches (notice_id, revision, channel, emergency, recipients, planned, sent, state, "
						+ "retry_key, planned_at, done_at) VALUES (?, 1, 'LINE', FALSE, 'Ua\nUb', 2, 2, ?, ?, ?, ?)")
			.params(notice, state, key, daysAgo(460), doneAt)
			.update();
		return jdbc.sql("SELECT id FROM delivery_batches WHERE retry_key = ?").param(key).query(Long.class).single();
	}

	private long questionCard(OffsetDateTime askedAt) {
		jdbc.sql(
				"INSERT INTO bot_question_cards (line_user_id, question, language, asked_at) VALUES (?, 'ごみの日は？', 'ja', ?)")
			.params(tag, askedAt)
			.update();
		return jdbc.sql("SELECT MAX(id) FROM bot_question_cards WHERE line_user_id = ?")
			.param(tag)
			.query(Long.class)
			.single();
	}

	private long logEntry(OffsetDateTime at) {
		jdbc.sql(
				"INSERT INTO bot_conversation_log (line_user_id, event_kind, outcome, at) VALUES (?, 'MESSAGE', 'ANSWERED', ?)")
			.params(tag, at)
			.update();
		return jdbc.sql("SELECT MAX(id) FROM bot_conversation_log WHERE line_user_id = ?")
			.param(tag)
			.query(Long.class)
			.single();
	}

	private long handOff(OffsetDateTime openedAt, OffsetDateTime closedAt) {
		jdbc.sql(
				"INSERT INTO bot_hand_offs (line_user_id, reason, language, opened_at, closed_at) VALUES (?, 'asked', 'ja', ?, ?)")
			.params(tag, openedAt, closedAt)
			.update();
		long id = jdbc.sql("SELECT MAX(id) FROM bot_hand_offs WHERE line_user_id = ?")
			.param(tag)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO bot_hand_off_messages (hand_off_id, author, text, at) VALUES (?, 'RESIDENT', '住所は…', ?)")
			.params(id, openedAt)
			.update();
		return id;
	}

	/**
	 * A report whose photo file is named after the report, in the bot's photo directory
	 * (the test's setting).
	 */
	private long report(String status, OffsetDateTime updatedAt, java.util.function.LongFunction<String> photo) {
		jdbc.sql("INSERT INTO bot_reports (line_user_id, category, status, language, submitted_at, updated_at) "
				+ "VALUES (?, 'road', ?, 'ja', ?, ?)")
			.params(tag, status, updatedAt, updatedAt)
			.update();
		long id = jdbc.sql("SELECT MAX(id) FROM bot_reports WHERE line_user_id = ?")
			.param(tag)
			.query(Long.class)
			.single();
		jdbc.sql("UPDATE bot_reports SET photo_file = ?, photo_type = 'image/jpeg' WHERE id = ?")
			.params(photo.apply(id), id)
			.update();
		return id;
	}

	private java.util.function.LongFunction<String> photo(Path photos) {
		return id -> {
			try {
				Files.writeString(photos.resolve(tag + id), "jpeg");
				return tag + id;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		};
	}

	private String photoOf(long report) {
		return jdbc.sql("SELECT photo_file FROM bot_reports WHERE id = ?")
			.param(report)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

	private java.util.List<Long> ids(String table, long... ids) {
		return jdbc.sql("SELECT id FROM " + table + " WHERE id IN (:ids) ORDER BY id")
			.param("ids", java.util.Arrays.stream(ids).boxed().toList())
			.query(Long.class)
			.list();
	}

	private java.util.List<Long> questionCards(long... ids) {
		return jdbc.sql("SELECT id FROM bot_question_cards WHERE id IN (?, ?) ORDER BY id")
			.params(ids[0], ids[1])
			.query(Long.class)
			.list();
	}

	private String recipients(long batch) {
		return jdbc.sql("SELECT recipients FROM delivery_batches WHERE id = ?")
			.param(batch)
			.query(String.class)
			.single();
	}

	private boolean exists(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM subscribers WHERE id = ?").param(id).query(Long.class).single() == 1;
	}

	private long remaining(long[] ids) {
		return java.util.Arrays.stream(ids).filter(this::exists).count();
	}

	private static OffsetDateTime daysAgo(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
	}

}
