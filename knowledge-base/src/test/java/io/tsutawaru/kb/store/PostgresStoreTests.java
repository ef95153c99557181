package io.tsutawaru.kb.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.QuestionUnanswered;
import io.tsutawaru.kb.feedback.JdbcAnswerFeedback;
import io.tsutawaru.kb.feedback.JdbcUnansweredQuestions;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migrations and every query of the module on PostgreSQL, in a schema of their own.
 */
@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
class PostgresStoreTests {

	static JdbcClient jdbc;
	static FaqStore store;

	@BeforeAll
	static void migrate() {
		String schema = "kb_test_" + UUID.randomUUID().toString().replace("-", "");
		var dataSource = new DriverManagerDataSource(System.getenv("TSUTAWARU_TEST_POSTGRES_URL"),
				System.getenv("TSUTAWARU_TEST_POSTGRES_USER"), System.getenv("TSUTAWARU_TEST_POSTGRES_PASSWORD"));
		Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).load().migrate();
		dataSource.setSchema(schema);
		jdbc = JdbcClient.create(dataSource);
		store = new FaqStore(new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

	@Test
	void storesReplacesAndDeletesEntries() {
		var entry = new FaqEntry("pg-1", "住民票の写しはどこで取れますか", List.of("住民票", "住民票の写し"), "市民課の窓口です。", "証明", "市民課",
				new Contact("0561-00-0000", "平日"), URI.create("https://city.example.jp/a"), "ja",
				Instant.now().truncatedTo(ChronoUnit.MICROS), true);
		String empty = store.fingerprint();

		store.upsertAll(List.of(entry), "test-source");

		assertThat(store.find("pg-1")).contains(entry);
		assertThat(store.hasEntriesFrom("test-source")).isTrue();
		assertThat(store.fingerprint()).isNotEqualTo(empty);

		var edited = new FaqEntry("pg-1", "住民票", List.of(), "窓口です。", null, null, null, null, "ja",
				entry.updatedAt().plusSeconds(1), false);
		store.upsertAll(List.of(edited), null);

		assertThat(store.list()).containsExactly(edited);
		assertThat(store.hasEntriesFrom("test-source")).as("an edited sample entry keeps its source").isTrue();
		assertThat(store.delete("pg-1")).isTrue();
		assertThat(store.fingerprint()).isEqualTo(empty);
	}

	@Test
	void bulkUpsertCrossesBatchBoundariesAndReplacesAlternatives() {
		StoreBulkChecks.upsertsManyEntriesAndReplacesTheirAlternatives(store);
	}

	@Test
	void theConsolesListIsPagedSearchedAndFilteredByTheDatabase() {
		FaqListChecks.pagesInNaturalOrderSearchesAndFlagsWhatNeedsEditing(store, jdbc);
	}

	@Test
	void groupsUnansweredQuestionsAndTalliesFeedback() {
		var questions = new JdbcUnansweredQuestions(jdbc);
		Instant at = Instant.parse("2030-01-01T00:00:00Z");
		questions.on(new QuestionUnanswered("粗大ゴミの出し方", "ja", at));
		questions.on(new QuestionUnanswered("粗大ごみの出し方？", "ja", at.plusSeconds(5)));
		store.upsertAll(List.of(new FaqEntry("pg-2", "q", List.of(), "a", null, null, null, null, "ja", at, true)),
				null);
		var feedback = new JdbcAnswerFeedback(jdbc, Clock.systemUTC());
		feedback.recordFeedback("pg-2", false);

		assertThat(questions.grouped(at, 10)).singleElement()
			.satisfies(group -> assertThat(group.count()).isEqualTo(2));
		assertThat(feedback.tallies()).contains(new io.tsutawaru.kb.AnswerFeedback.Tally("pg-2", 0, 1));
	}

}
