package io.tsutawaru.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * Issue 19, item 2: the knowledge base's retention rule and report figures on its own
 * migrations (H2 in PostgreSQL mode), as the batch jobs call them.
 */
class KnowledgeBaseRetentionTests {

	JdbcClient jdbc;

	KnowledgeBaseRetention retention;

	@BeforeEach
	void migrate() {
		var dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:kb-retention-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		retention = new KnowledgeBaseRetention(jdbc);
	}

	@Test
	void unansweredQuestionsAskedBeforeTheCutoffGoAPageAtATime() {
		long old1 = question("ごみの日", days(402));
		long old2 = question("粗大ごみ", days(401));
		long recent = question("住民票", days(399));

		assertThat(retention.unansweredQuestionsBefore(days(400), 0, 1)).containsExactly(old1);
		List<Long> expired = retention.unansweredQuestionsBefore(days(400), 0, 100);
		assertThat(expired).containsExactly(old1, old2);
		assertThat(retention.deleteUnansweredQuestions(expired)).isEqualTo(2);

		assertThat(jdbc.sql("SELECT id FROM kb_unanswered_questions").query(Long.class).list()).containsExactly(recent);
	}

	@Test
	void aMissingTableIsAnErrorNotNothingToDelete() {
		jdbc.sql("DROP TABLE kb_unanswered_questions").update();

		assertThatThrownBy(() -> retention.unansweredQuestionsBefore(days(400), 0, 100))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("kb_unanswered_questions");
	}

	@Test
	void theDaysUnansweredQuestionsAreCountedPerTextAndLanguage() {
		question("ごみの日", days(1));
		question("ごみの日", days(1));
		question("住民票", days(1));
		question("住民票", days(3));

		var figures = new KnowledgeBaseFigures(jdbc).unanswered(days(2), days(0));

		assertThat(figures)
			.extracting(KnowledgeBaseFigures.UnansweredCount::normalized, KnowledgeBaseFigures.UnansweredCount::asked)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ごみの日", 2L),
					org.assertj.core.groups.Tuple.tuple("住民票", 1L));
	}

	private long question(String text, OffsetDateTime askedAt) {
		jdbc.sql(
				"INSERT INTO kb_unanswered_questions (question, normalized, language, asked_at) VALUES (?, ?, 'ja', ?)")
			.params(text, text, askedAt)
			.update();
		return jdbc.sql("SELECT MAX(id) FROM kb_unanswered_questions").query(Long.class).single();
	}

	private static OffsetDateTime days(int ago) {
		return Instant.now().minus(ago, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
	}

}
