package io.tsutawaru.kb.store;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The batched writes on H2 in PostgreSQL mode, as the embedded service runs them. */
class H2StoreTests {

	@Test
	void bulkUpsertCrossesBatchBoundariesAndReplacesAlternativesAndTheListPages() {
		var dataSource = new DriverManagerDataSource("jdbc:h2:mem:kb-store-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).load().migrate();
		var store = new FaqStore(new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

		StoreBulkChecks.upsertsManyEntriesAndReplacesTheirAlternatives(store);
		FaqListChecks.pagesInNaturalOrderSearchesAndFlagsWhatNeedsEditing(store, JdbcClient.create(dataSource));
	}

}
