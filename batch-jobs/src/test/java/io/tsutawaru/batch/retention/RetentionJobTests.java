package io.tsutawaru.batch.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

/** retentionJob on the default policy (left subscribers 30 days, delivery recipients 400 days). */
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
		jdbc.sql("INSERT INTO notices (title, body, severity, alert_status, channels, segment_rule, area_names, area_codes, "
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
		assertThat(jdbc.sql("SELECT sent FROM delivery_batches WHERE id = ?").param(old).query(Integer.class).single()).isEqualTo(2);
		assertThat(recipients(planned)).isEqualTo("Ua\nUb");
		assertThat(recipients(recent)).isEqualTo("Ua\nUb");
	}

	@Test
	void restartAfterAFailureContinuesWithoutRedoingOrSkippingRows() {
		long[] ids = new long[25];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = subscriber("r" + i, false, null, daysAgo(60));
		}
		long expired = jdbc.sql("SELECT COUNT(*) FROM subscribers WHERE active = FALSE AND email IS NULL AND updated_at < ?")
			.param(daysAgo(30))
			.query(Long.class)
			.single();
		String blocker = "blocker_" + tag.toLowerCase();
		// A row elsewhere still points at the 15th subscriber: deleting the second chunk fails.
		jdbc.sql("CREATE TABLE " + blocker + " (subscriber_id BIGINT REFERENCES subscribers (id))").update();
		jdbc.sql("INSERT INTO " + blocker + " VALUES (?)").param(ids[14]).update();
		String date = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000)).toString();

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
		return jobs.runToEnd("retentionJob",
				Map.of("date", LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000)).toString()));
	}

	private long subscriber(String name, boolean active, String confirmedEmail, OffsetDateTime updatedAt) {
		jdbc.sql("INSERT INTO subscribers (line_user_id, email, email_confirmed, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tag + name, confirmedEmail, confirmedEmail != null, active, updatedAt, updatedAt)
			.update();
		return jdbc.sql("SELECT id FROM subscribers WHERE line_user_id = ?").param(tag + name).query(Long.class).single();
	}

	private long batch(long notice, String state, OffsetDateTime doneAt) {
		String key = UUID.randomUUID().toString();
		jdbc.sql("INSERT INTO delivery_batches (notice_id, revision, channel, emergency, recipients, planned, sent, state, "
				+ "retry_key, planned_at, done_at) VALUES (?, 1, 'LINE', FALSE, 'Ua\nUb', 2, 2, ?, ?, ?, ?)")
			.params(notice, state, key, daysAgo(460), doneAt)
			.update();
		return jdbc.sql("SELECT id FROM delivery_batches WHERE retry_key = ?").param(key).query(Long.class).single();
	}

	private String recipients(long batch) {
		return jdbc.sql("SELECT recipients FROM delivery_batches WHERE id = ?").param(batch).query(String.class).single();
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
