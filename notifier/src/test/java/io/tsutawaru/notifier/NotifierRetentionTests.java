package io.tsutawaru.notifier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, item 2: the notifier's retention rules on its own migrations (H2 in
 * PostgreSQL mode), as the retention job calls them: the ids past a cutoff a page at a
 * time, then their removal.
 */
class NotifierRetentionTests {

	JdbcClient jdbc;

	NotifierRetention retention;

	@BeforeEach
	void migrate() {
		var dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:notifier-retention-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		retention = new NotifierRetention(jdbc);
	}

	@Test
	void onlyResidentsWhoLeftLongEnoughAgoAndReceiveNothingElseAreForgotten() {
		long gone = subscriber("gone", false, null, days(31));
		long stillMailed = subscriber("mailed", false, "still@example.jp", days(60));
		long recentlyLeft = subscriber("recent", false, null, days(29));
		long active = subscriber("active", true, null, days(900));

		List<Long> expired = retention.leftSubscribersBefore(days(30), 0, 100);
		assertThat(expired).containsExactly(gone);
		// A resident who followed again after the job read the id is kept.
		jdbc.sql("UPDATE subscribers SET active = TRUE WHERE id = ?").param(active).update();
		assertThat(retention.forgetLeftSubscribers(List.of(gone, active))).isOne();

		assertThat(jdbc.sql("SELECT id FROM subscribers ORDER BY id").query(Long.class).list())
			.containsExactly(stillMailed, recentlyLeft, active);
	}

	@Test
	void recipientsOfOldFinishedBatchesAreErasedAndTheirCountsStay() {
		long notice = notice();
		long old = batch(notice, "SENT", days(401));
		long oldFailed = batch(notice, "FAILED", days(402));
		long planned = batch(notice, "PLANNED", null);
		long recent = batch(notice, "SENT", days(399));

		List<Long> expired = retention.finishedDeliveriesBefore(days(400), 0, 100);
		assertThat(expired).containsExactly(old, oldFailed);
		assertThat(retention.eraseDeliveryRecipients(expired)).isEqualTo(2);

		assertThat(recipients(old)).isEmpty();
		assertThat(recipients(oldFailed)).isEmpty();
		assertThat(recipients(planned)).isEqualTo("a@example.jp");
		assertThat(recipients(recent)).isEqualTo("a@example.jp");
		assertThat(jdbc.sql("SELECT sent FROM delivery_batches WHERE id = ?").param(old).query(Integer.class).single())
			.isOne();
		assertThat(jdbc.sql("SELECT batch_id FROM email_deliveries ORDER BY batch_id").query(Long.class).list())
			.containsExactly(planned, recent);
		assertThat(jdbc.sql("SELECT batch_id FROM escalation_skips ORDER BY batch_id").query(Long.class).list())
			.as("the residents an escalation left out because they had answered")
			.containsExactly(planned, recent);
		assertThat(retention.finishedDeliveriesBefore(days(400), 0, 100)).as("erased once").isEmpty();
	}

	@Test
	void expiredIdsComeAPageAtATime() {
		long[] gone = new long[3];
		for (int i = 0; i < gone.length; i++) {
			gone[i] = subscriber("g" + i, false, null, days(40));
		}

		assertThat(retention.leftSubscribersBefore(days(30), 0, 2)).containsExactly(gone[0], gone[1]);
		assertThat(retention.leftSubscribersBefore(days(30), gone[1], 2)).containsExactly(gone[2]);
	}

	@Test
	void aMissingTableIsAnErrorNotNothingToDelete() {
		jdbc.sql("ALTER TABLE delivery_batches RENAME TO delivery_batches_renamed").update();

		assertThatThrownBy(() -> retention.finishedDeliveriesBefore(days(400), 0, 100))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("delivery_batches");
	}

	private long subscriber(String name, boolean active, String confirmedEmail, OffsetDateTime updatedAt) {
		jdbc.sql(
				"INSERT INTO subscribers (line_user_id, email, email_confirmed, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params("U" + name, confirmedEmail, confirmedEmail != null, active, updatedAt, updatedAt)
			.update();
		return jdbc.sql("SELECT id FROM subscribers WHERE line_user_id = ?")
			.param("U" + name)
			.query(Long.class)
			.single();
	}

	private long notice() {
		jdbc.sql(
				"INSERT INTO notices (title, body, severity, alert_status, channels, segment_rule, area_names, area_codes, "
						+ "state, created_by, created_at, updated_at) VALUES ('t', 'b', 'INFO', 'ACTUAL', 'EMAIL', 'all', '', '', 'SENT', 'pr', ?, ?)")
			.params(days(500), days(500))
			.update();
		return jdbc.sql("SELECT MAX(id) FROM notices").query(Long.class).single();
	}

	private long batch(long notice, String state, OffsetDateTime doneAt) {
		String key = UUID.randomUUID().toString();
		jdbc.sql(
				"INSERT INTO delivery_batches (notice_id, revision, channel, emergency, recipients, planned, sent, state, "
						+ "retry_key, planned_at, done_at) VALUES (?, 1, 'EMAIL', FALSE, 'a@example.jp', 1, 1, ?, ?, ?, ?)")
			.params(notice, state, key, days(460), doneAt)
			.update();
		long batch = jdbc.sql("SELECT id FROM delivery_batches WHERE retry_key = ?")
			.param(key)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO email_deliveries (batch_id, address, state, at) VALUES (?, 'a@example.jp', 'SENT', ?)")
			.params(batch, days(460))
			.update();
		jdbc.sql("INSERT INTO escalation_skips (batch_id, subscriber_id, answered_at) VALUES (?, 7, ?)")
			.params(batch, days(460))
			.update();
		return batch;
	}

	private String recipients(long batch) {
		return jdbc.sql("SELECT recipients FROM delivery_batches WHERE id = ?")
			.param(batch)
			.query(String.class)
			.single();
	}

	private static OffsetDateTime days(int ago) {
		return Instant.now().minus(ago, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
	}

}
