package io.tsutawaru.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, item 2: each of the bot's retention rules on the bot's own migrations (H2 in
 * PostgreSQL mode), as the retention job calls it: the ids past a cutoff a page at a
 * time, then their removal in one transaction.
 */
class BotRetentionTests {

	private static final OffsetDateTime CUTOFF = Instant.now().minus(90, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);

	@TempDir
	Path photos;

	JdbcClient jdbc;

	TransactionTemplate transaction;

	BotRetention retention;

	@BeforeEach
	void migrate() {
		var dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:bot-retention-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		BotProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("tsutawaru.bot.report-photo-dir", photos.toString())))
			.bindOrCreate("tsutawaru.bot", BotProperties.class);
		retention = new BotRetention(jdbc, properties);
	}

	@Test
	void theConversationLogBeforeTheCutoffGoes() {
		long old = insert("INSERT INTO bot_conversation_log (line_user_id, event_kind, outcome, at) "
				+ "VALUES ('U1', 'MESSAGE', 'ANSWERED', ?)", "bot_conversation_log", days(91));
		long recent = insert("INSERT INTO bot_conversation_log (line_user_id, event_kind, outcome, at) "
				+ "VALUES ('U1', 'MESSAGE', 'ANSWERED', ?)", "bot_conversation_log", days(89));

		List<Long> expired = retention.conversationLogBefore(CUTOFF, 0, 100);
		assertThat(expired).containsExactly(old);
		assertThat(inTransaction(() -> retention.deleteConversationLog(expired))).isOne();

		assertThat(ids("bot_conversation_log")).containsExactly(recent);
	}

	@Test
	void handOffsClosedBeforeTheCutoffGoWithTheirMessagesAndOpenOnesStay() {
		long closedLongAgo = handOff(days(120), days(91));
		long closedRecently = handOff(days(120), days(89));
		long open = handOff(days(400), null);

		List<Long> expired = retention.handOffsClosedBefore(CUTOFF, 0, 100);
		assertThat(expired).containsExactly(closedLongAgo);
		assertThat(inTransaction(() -> retention.deleteClosedHandOffs(expired))).isOne();
		// An id the job read as closed but that was reopened since is not deleted.
		assertThat(inTransaction(() -> retention.deleteClosedHandOffs(List.of(open)))).isZero();

		assertThat(ids("bot_hand_offs")).containsExactly(closedRecently, open);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bot_hand_off_messages WHERE hand_off_id = ?")
			.param(closedLongAgo)
			.query(Long.class)
			.single()).as("the resident's words go with their hand-off").isZero();
	}

	@Test
	void questionCardsAskedBeforeTheCutoffGo() {
		long old = questionCard(days(91));
		long recent = questionCard(days(89));

		List<Long> expired = retention.questionCardsBefore(CUTOFF, 0, 100);
		assertThat(expired).containsExactly(old);
		assertThat(inTransaction(() -> retention.deleteQuestionCards(expired))).isOne();

		assertThat(ids("bot_question_cards")).containsExactly(recent);
	}

	@Test
	void photosOfReportsClosedBeforeTheCutoffGoOnceCommittedAndTheReportsStay() throws IOException {
		long resolved = report("RESOLVED", days(91));
		long declinedRecently = report("DECLINED", days(89));
		long stillOpen = report("RECEIVED", days(300));

		List<Long> expired = retention.reportPhotosClosedBefore(CUTOFF, 0, 100);
		assertThat(expired).containsExactly(resolved);
		transaction.execute(status -> {
			retention.deleteReportPhotos(expired);
			assertThat(photos.resolve("photo-" + resolved)).as("not before the commit").exists();
			return null;
		});

		assertThat(photos.resolve("photo-" + resolved)).doesNotExist();
		assertThat(photos.resolve("photo-" + declinedRecently)).exists();
		assertThat(photos.resolve("photo-" + stillOpen)).exists();
		assertThat(ids("bot_reports")).containsExactly(resolved, declinedRecently, stillOpen);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bot_reports WHERE photo_file IS NULL").query(Long.class).single())
			.isOne();
	}

	@Test
	void aRolledBackPurgeKeepsThePhotoFile() throws IOException {
		long resolved = report("RESOLVED", days(91));

		transaction.execute(status -> {
			retention.deleteReportPhotos(List.of(resolved));
			status.setRollbackOnly();
			return null;
		});

		assertThat(photos.resolve("photo-" + resolved)).exists();
		assertThat(jdbc.sql("SELECT photo_file FROM bot_reports WHERE id = ?")
			.param(resolved)
			.query(String.class)
			.single()).isEqualTo("photo-" + resolved);
	}

	@Test
	void expiredIdsComeAPageAtATimeAfterTheLastOneHandled() {
		long[] old = new long[5];
		for (int i = 0; i < old.length; i++) {
			old[i] = questionCard(days(100 + i));
		}

		assertThat(retention.questionCardsBefore(CUTOFF, 0, 2)).containsExactly(old[0], old[1]);
		assertThat(retention.questionCardsBefore(CUTOFF, old[1], 2)).containsExactly(old[2], old[3]);
		assertThat(retention.questionCardsBefore(CUTOFF, old[3], 2)).containsExactly(old[4]);
	}

	@Test
	void aMissingTableIsAnErrorNotNothingToDelete() {
		jdbc.sql("DROP TABLE bot_conversation_log").update();

		assertThatThrownBy(() -> retention.conversationLogBefore(CUTOFF, 0, 100))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("bot_conversation_log");
	}

	private int inTransaction(java.util.function.IntSupplier purge) {
		Integer changed = transaction.execute(status -> purge.getAsInt());
		return changed == null ? 0 : changed;
	}

	private long handOff(OffsetDateTime openedAt, OffsetDateTime closedAt) {
		jdbc.sql(
				"INSERT INTO bot_hand_offs (line_user_id, reason, language, opened_at, closed_at) VALUES ('U1', 'asked', 'ja', ?, ?)")
			.params(openedAt, closedAt)
			.update();
		long id = last("bot_hand_offs");
		jdbc.sql("INSERT INTO bot_hand_off_messages (hand_off_id, author, text, at) VALUES (?, 'RESIDENT', '住所は…', ?)")
			.params(id, openedAt)
			.update();
		return id;
	}

	private long questionCard(OffsetDateTime askedAt) {
		return insert(
				"INSERT INTO bot_question_cards (line_user_id, question, language, asked_at) VALUES ('U1', 'ごみの日は？', 'ja', ?)",
				"bot_question_cards", askedAt);
	}

	private long report(String status, OffsetDateTime updatedAt) throws IOException {
		jdbc.sql("INSERT INTO bot_reports (line_user_id, category, status, language, submitted_at, updated_at) "
				+ "VALUES ('U1', 'road', ?, 'ja', ?, ?)")
			.params(status, updatedAt, updatedAt)
			.update();
		long id = last("bot_reports");
		Files.writeString(photos.resolve("photo-" + id), "jpeg");
		jdbc.sql("UPDATE bot_reports SET photo_file = ?, photo_type = 'image/jpeg' WHERE id = ?")
			.params("photo-" + id, id)
			.update();
		return id;
	}

	private long insert(String sql, String table, OffsetDateTime at) {
		jdbc.sql(sql).param(at).update();
		return last(table);
	}

	private long last(String table) {
		return jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single();
	}

	private List<Long> ids(String table) {
		return jdbc.sql("SELECT id FROM " + table + " ORDER BY id").query(Long.class).list();
	}

	private static OffsetDateTime days(int ago) {
		return Instant.now().minus(ago, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
	}

}
