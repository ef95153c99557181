package io.tsutawaru.kb.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.FaqList;
import io.tsutawaru.kb.FaqList.Order;
import io.tsutawaru.kb.FaqList.Query;
import io.tsutawaru.kb.feedback.JdbcAnswerFeedback;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console's FAQ list, paged and filtered by the database: one check, run on H2 and on
 * PostgreSQL.
 */
final class FaqListChecks {

	private FaqListChecks() {
	}

	static void pagesInNaturalOrderSearchesAndFlagsWhatNeedsEditing(FaqStore store, JdbcClient jdbc) {
		Instant at = Instant.parse("2030-03-01T00:00:00Z");
		store.upsertAll(List.of(entry("nat-10", "十番", "回答です。", "b", at),
				entry("nat-2", "二番", "○○市の窓口（電話番号）へどうぞ。", "b", at), entry("nat-100", "百番 100%_off", "回答です。", "a", at),
				entry("nat-1", "一番", "回答です。", null, at), entry("nat-9", "九番", "回答です。", "a", at)), null);
		var list = new FaqListQueries(jdbc);

		var first = list.page(new Query("NAT-", Order.ID, false, 0, 3));
		assertThat(first.total()).isEqualTo(5);
		assertThat(ids(first)).containsExactly("nat-1", "nat-2", "nat-9");
		assertThat(ids(list.page(new Query("nat-", Order.ID, false, 3, 3)))).containsExactly("nat-10", "nat-100");
		assertThat(ids(list.page(new Query("nat-", Order.CATEGORY, false, 0, 10))))
			.as("by category, ids in their numbers' order within one, none last")
			.containsExactly("nat-9", "nat-100", "nat-2", "nat-10", "nat-1");
		assertThat(ids(list.page(new Query("0%_", Order.ID, false, 0, 10)))).as("% and _ are searched as written")
			.containsExactly("nat-100");
		assertThat(ids(list.page(new Query("番 100%", Order.ID, false, 0, 10)))).containsExactly("nat-100");
		assertThat(ids(list.page(new Query("\u0000nat-10\u0000", Order.ID, false, 0, 10)))).as("a NUL is no error")
			.containsExactly("nat-10", "nat-100");

		// A resident's 「解決しない」 after the last edit flags the entry; the template's blanks
		// flag nat-2.
		new JdbcAnswerFeedback(jdbc, Clock.fixed(at.plusSeconds(60), ZoneOffset.UTC)).recordFeedback("nat-9", false);
		new JdbcAnswerFeedback(jdbc, Clock.fixed(at.minusSeconds(60), ZoneOffset.UTC)).recordFeedback("nat-10", false);
		new JdbcAnswerFeedback(jdbc, Clock.fixed(at.plusSeconds(60), ZoneOffset.UTC)).recordFeedback("nat-10", true);
		var toEdit = list.page(new Query("nat-", Order.ID, true, 0, 10));
		assertThat(ids(toEdit)).containsExactly("nat-2", "nat-9");
		assertThat(toEdit.total()).isEqualTo(2);
		assertThat(list.page(new Query("nat-", Order.ID, false, 0, 10)).needsEditing()).isEqualTo(2);
		assertThat(list.page(new Query("nat-10", Order.ID, false, 0, 1)).entries()).singleElement()
			.satisfies(listing -> {
				assertThat(listing.solved()).isEqualTo(1);
				assertThat(listing.unsolved()).isEqualTo(1);
				assertThat(listing.needsEditing()).as("its 「解決しない」 came before the last edit").isFalse();
			});

		// Rows stored before the columns existed are filled on start.
		jdbc.sql("UPDATE kb_faq_entries SET sort_key = NULL, template_text = NULL WHERE id LIKE 'nat-%'").update();
		assertThat(store.fillListColumns()).isEqualTo(5);
		assertThat(ids(list.page(new Query("nat-", Order.ID, true, 0, 10)))).containsExactly("nat-2", "nat-9");
		List.of("nat-1", "nat-2", "nat-9", "nat-10", "nat-100").forEach(store::delete);
	}

	private static List<String> ids(FaqList.Page page) {
		return page.entries().stream().map(FaqList.Listing::id).toList();
	}

	private static FaqEntry entry(String id, String question, String answer, String category, Instant at) {
		return new FaqEntry(id, question, List.of(), answer, category, "課", null, null, "ja", at, true);
	}

}
