package io.tsutawaru.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.JobRun;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * retentionJob against the whole service's schema, made by every module's own migrations:
 * for each rule, a row just past its period (default policy) and one just inside it. The
 * rows are written with the columns the owning modules' migrations define, so a renamed
 * table or column fails here, where the batch module alone would not see it.
 */
final class RetentionRulesFixture {

	/**
	 * A rule's two rows and the query telling whether a row still holds the personal data
	 * the rule removes.
	 */
	private record Planted(String rule, String stillHeld, long old, long recent) {
	}

	private final JdbcClient jdbc;

	private final Path photos;

	private final String tag = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final List<Planted> planted = new ArrayList<>();

	RetentionRulesFixture(JdbcClient jdbc, Path photos) {
		this.jdbc = jdbc;
		this.photos = photos;
	}

	/**
	 * Plants the rows, runs retentionJob for a day of its own and checks every rule's
	 * work.
	 */
	void runRetentionAndCheckEveryRule(BatchJobs jobs) {
		plant("forgetLeftSubscribers", "SELECT COUNT(*) FROM subscribers WHERE id = ?", this::leftSubscriber, 31, 29);
		plant("eraseDeliveryRecipients",
				"SELECT COUNT(*) FROM delivery_batches b WHERE id = ? AND recipients <> '' "
						+ "AND EXISTS (SELECT 1 FROM email_deliveries e WHERE e.batch_id = b.id)",
				this::deliveryBatch, 401, 399);
		plant("deleteConversationLog", "SELECT COUNT(*) FROM bot_conversation_log WHERE id = ?", this::logEntry, 91,
				89);
		plant("deleteClosedHandOffs",
				"SELECT COUNT(*) FROM bot_hand_offs WHERE id = ? AND EXISTS "
						+ "(SELECT 1 FROM bot_hand_off_messages m WHERE m.hand_off_id = bot_hand_offs.id)",
				this::closedHandOff, 91, 89);
		plant("deleteQuestionCards", "SELECT COUNT(*) FROM bot_question_cards WHERE id = ?", this::questionCard, 91,
				89);
		plant("deleteClosedReportPhotos", "SELECT COUNT(*) FROM bot_reports WHERE id = ? AND photo_file IS NOT NULL",
				this::resolvedReportWithPhoto, 31, 29);
		plant("deleteUnansweredQuestions", "SELECT COUNT(*) FROM kb_unanswered_questions WHERE id = ?",
				this::unansweredQuestion, 401, 399);

		// Spring Batch refuses parameters it completed with, and the job repository
		// outlives a test: the date is drawn from 2.8 million days (years 2001–9667),
		// not 30,000, where two launches met now and then.
		JobRun run = jobs.runToEnd("retentionJob", Map.of("date",
				LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(2_800_000)).toString()));

		assertThat(run.status()).as(run.summary()).isEqualTo(JobRun.RunStatus.COMPLETED);
		// Every rule the job has is planted here: a rule added without a row of its own
		// fails this line.
		assertThat(run.counts().keySet()).containsExactlyInAnyOrderElementsOf(planted.stream()
			.map(Planted::rule)
			.collect(Collectors.toCollection(() -> new ArrayList<>(List.of("forgetJobHistory")))));
		for (Planted rule : planted) {
			assertThat(held(rule, rule.old())).as(rule.rule() + " removes what is past its period").isZero();
			assertThat(held(rule, rule.recent())).as(rule.rule() + " keeps what is within it").isOne();
			assertThat(run.counts().get(rule.rule())).as(rule.rule()).isGreaterThanOrEqualTo(1L);
		}
		assertThat(photos.resolve(tag + "-31")).as("the old report's photo file").doesNotExist();
		assertThat(photos.resolve(tag + "-29")).as("the recent report's photo file").exists();
	}

	private void plant(String rule, String stillHeld, java.util.function.IntToLongFunction row, int oldDays,
			int recentDays) {
		planted.add(new Planted(rule, stillHeld, row.applyAsLong(oldDays), row.applyAsLong(recentDays)));
	}

	private long held(Planted rule, long id) {
		return jdbc.sql(rule.stillHeld()).param(id).query(Long.class).single();
	}

	private long leftSubscriber(int daysAgo) {
		jdbc.sql("INSERT INTO subscribers (line_user_id, active, created_at, updated_at) VALUES (?, FALSE, ?, ?)")
			.params(tag + daysAgo, ago(500), ago(daysAgo))
			.update();
		return lastId("subscribers", "line_user_id", tag + daysAgo);
	}

	private long deliveryBatch(int daysAgo) {
		jdbc.sql(
				"INSERT INTO notices (title, body, severity, alert_status, channels, segment_rule, area_names, area_codes, "
						+ "state, created_by, created_at, updated_at) VALUES ('t', 'b', 'INFO', 'ACTUAL', 'EMAIL', 'all', '', '', 'SENT', ?, ?, ?)")
			.params(tag, ago(daysAgo + 1), ago(daysAgo + 1))
			.update();
		long notice = lastId("notices", "created_by", tag);
		String key = tag + "-" + daysAgo;
		jdbc.sql(
				"INSERT INTO delivery_batches (notice_id, revision, channel, emergency, recipients, planned, sent, state, "
						+ "retry_key, planned_at, done_at) VALUES (?, 1, 'EMAIL', FALSE, ?, 1, 1, 'SENT', ?, ?, ?)")
			.params(notice, key + "@example.jp", key, ago(daysAgo + 1), ago(daysAgo))
			.update();
		long batch = lastId("delivery_batches", "retry_key", key);
		jdbc.sql("INSERT INTO email_deliveries (batch_id, address, state, at) VALUES (?, ?, 'SENT', ?)")
			.params(batch, key + "@example.jp", ago(daysAgo))
			.update();
		return batch;
	}

	private long logEntry(int daysAgo) {
		jdbc.sql(
				"INSERT INTO bot_conversation_log (line_user_id, event_kind, outcome, at) VALUES (?, 'MESSAGE', 'ANSWERED', ?)")
			.params(tag, ago(daysAgo))
			.update();
		return lastId("bot_conversation_log", "line_user_id", tag);
	}

	private long closedHandOff(int daysAgo) {
		jdbc.sql(
				"INSERT INTO bot_hand_offs (line_user_id, reason, language, opened_at, closed_at) VALUES (?, 'asked', 'ja', ?, ?)")
			.params(tag, ago(daysAgo + 1), ago(daysAgo))
			.update();
		long handOff = lastId("bot_hand_offs", "line_user_id", tag);
		jdbc.sql("INSERT INTO bot_hand_off_messages (hand_off_id, author, text, at) VALUES (?, 'RESIDENT', '住所は…', ?)")
			.params(handOff, ago(daysAgo + 1))
			.update();
		return handOff;
	}

	private long questionCard(int daysAgo) {
		jdbc.sql(
				"INSERT INTO bot_question_cards (line_user_id, question, language, asked_at) VALUES (?, 'ごみの日は？', 'ja', ?)")
			.params(tag, ago(daysAgo))
			.update();
		return lastId("bot_question_cards", "line_user_id", tag);
	}

	private long resolvedReportWithPhoto(int daysAgo) {
		String photo = tag + "-" + daysAgo;
		try {
			Files.createDirectories(photos);
			Files.writeString(photos.resolve(photo), "jpeg");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		jdbc.sql(
				"INSERT INTO bot_reports (line_user_id, category, status, photo_file, photo_type, language, submitted_at, "
						+ "updated_at) VALUES (?, 'road', 'RESOLVED', ?, 'image/jpeg', 'ja', ?, ?)")
			.params(tag, photo, ago(daysAgo + 1), ago(daysAgo))
			.update();
		return lastId("bot_reports", "line_user_id", tag);
	}

	private long unansweredQuestion(int daysAgo) {
		jdbc.sql(
				"INSERT INTO kb_unanswered_questions (question, normalized, language, asked_at) VALUES (?, ?, 'ja', ?)")
			.params("粗大ごみ " + tag, "粗大ごみ " + tag, ago(daysAgo))
			.update();
		return lastId("kb_unanswered_questions", "normalized", "粗大ごみ " + tag);
	}

	private long lastId(String table, String column, String value) {
		return jdbc.sql("SELECT MAX(id) FROM " + table + " WHERE " + column + " = ?")
			.param(value)
			.query(Long.class)
			.single();
	}

	private static OffsetDateTime ago(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
	}

}
