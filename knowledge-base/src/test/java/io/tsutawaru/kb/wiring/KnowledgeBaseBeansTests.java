package io.tsutawaru.kb.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.DataSources;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.InvalidFaqEntryException;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.KnowledgeBaseTest;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class KnowledgeBaseBeansTests extends KnowledgeBaseTest {

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	FaqEditor editor;

	@Autowired
	DataSources dataSources;

	@Autowired
	IndexSynchronizer synchronizer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersFromTheSampleLoadedIntoTheEmptyDatabase() {
		var result = knowledgeBase.search("母子手帳はどこで受け取れますか", "ja");

		assertThat(result.decision()).isNotEqualTo(Decision.NOT_FOUND);
		assertThat(result.candidates().getFirst().entry().question()).contains("母子手帳");
		assertThat(result.candidates().getFirst().entry().id()).startsWith("kosodate-");
		assertThat(dataSources.attributions()).containsExactly("出典：子育てオープンデータ協議会「汎用FAQ」(CC BY 4.0)");
	}

	@Test
	void savedEntryIsSearchableAtOnceAndItsEditReplacesIt() {
		FaqEntry saved = editor.save(entry("test-save", "ツタワル記念館の開館時間を知りたい", "午前9時から午後5時までです。"));
		assertThat(editor.find("test-save")).as("the stored entry, from the database").contains(saved);
		assertThat(editor.find("test-never-saved")).isEmpty();

		assertThat(saved.updatedAt()).isAfter(Instant.now().minusSeconds(60));
		assertThat(knowledgeBase.find("test-save")).contains(saved);
		assertThat(ids(knowledgeBase.search("ツタワル記念館は何時から開いていますか", "ja").candidates())).first().isEqualTo("test-save");

		editor.save(entry("test-save", "ミチビキ公園の駐車場はありますか", "50台分あります。"));

		assertThat(ids(knowledgeBase.search("ツタワル記念館", "ja").candidates())).doesNotContain("test-save");
		assertThat(ids(knowledgeBase.search("ミチビキ公園の駐車場", "ja").candidates())).first().isEqualTo("test-save");
	}

	@Test
	void deletedEntryIsNoLongerFound() {
		editor.save(entry("test-delete", "ヒトツバタゴ通りの街路灯が消えています", "道路課へご連絡ください。"));

		editor.delete("test-delete");

		assertThat(knowledgeBase.find("test-delete")).isEmpty();
		assertThat(ids(knowledgeBase.search("ヒトツバタゴ通りの街路灯", "ja").candidates())).doesNotContain("test-delete");
		assertThatThrownBy(() -> editor.delete("test-delete")).isInstanceOf(FaqEntryNotFoundException.class);
	}

	@Test
	void unpublishedEntryIsFoundByIdButNotSearched() {
		var draft = new FaqEntry("test-draft", "オオバコ広場の予約方法", List.of(), "窓口で予約できます。", null, null, null, null, "ja",
				null, false);
		editor.save(draft);

		assertThat(knowledgeBase.find("test-draft"))
			.hasValueSatisfying(entry -> assertThat(entry.published()).isFalse());
		assertThat(ids(knowledgeBase.search("オオバコ広場の予約", "ja").candidates())).doesNotContain("test-draft");
	}

	@Test
	void entryKeepsEveryFieldThroughTheDatabase() {
		var full = new FaqEntry("test-full", "Where can I get a resident card?",
				List.of("resident record copy", "juminhyo"), "At the city hall, counter 3.", "Certificates",
				"Citizens Division", new Contact("0561-00-0000", "平日 8:30〜17:15"),
				URI.create("https://city.example.jp/juminhyo"), "en", null, true);

		FaqEntry saved = editor.save(full);

		assertThat(knowledgeBase.find("test-full")).contains(saved);
		assertThat(saved.alternatives()).containsExactly("resident record copy", "juminhyo");
		assertThat(ids(knowledgeBase.search("how do I get a copy of my resident record", "en").candidates())).first()
			.isEqualTo("test-full");
		assertThat(ids(knowledgeBase.search("how do I get a copy of my resident record", "ja").candidates()))
			.doesNotContain("test-full");
	}

	@Test
	void rejectsEntriesWithoutRequiredFields() {
		assertThatThrownBy(() -> editor.save(entry("test-bad", "質問", " "))).isInstanceOf(InvalidFaqEntryException.class)
			.hasMessageContaining("answer");
		assertThatThrownBy(() -> editor.save(entry(null, "質問", "回答"))).isInstanceOf(InvalidFaqEntryException.class)
			.hasMessageContaining("id");
		assertThat(knowledgeBase.find("test-bad")).isEmpty();
	}

	@Test
	void indexCatchesUpWithChangesAnotherProcessMadeToTheDatabase() {
		jdbc.sql("""
				INSERT INTO kb_faq_entries (id, question, answer, language, published, updated_at)
				VALUES ('test-other-process', 'カラタチ橋の通行止めはいつまでですか', '3月末までです。', 'ja', TRUE, ?)""")
			.param(OffsetDateTime.now())
			.update();

		synchronizer.synchronize();

		assertThat(ids(knowledgeBase.search("カラタチ橋の通行止め", "ja").candidates())).first().isEqualTo("test-other-process");
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, null, null, null, null, "ja", null, true);
	}

	private static List<String> ids(List<Candidate> candidates) {
		return candidates.stream().map(candidate -> candidate.entry().id()).toList();
	}

}
