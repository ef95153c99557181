package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.transfer.SampleKnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches show entries kept in memory; they must always be the entries the index holds.
 */
class IndexedEntriesTests {

	static final FaqAnalysis analysis = FaqAnalysis.standard();
	static final String QUESTION = "母子手帳はどこで受け取れますか";

	@Test
	void anIndexOpenedAgainShowsTheSameCandidates(@TempDir Path directory) throws Exception {
		List<Candidate> before;
		try (var index = FaqIndex.open(directory, analysis)) {
			index.rebuild(SampleKnowledgeBase.entries(), "sample");
			before = new FaqSearch(index, DecisionThresholds.CALIBRATED).search(QUESTION, "ja").candidates();
		}

		try (var index = FaqIndex.open(directory, analysis)) {
			var after = new FaqSearch(index, DecisionThresholds.CALIBRATED).search(QUESTION, "ja").candidates();

			assertThat(before).isNotEmpty();
			assertThat(after).isEqualTo(before);
		}
	}

	@Test
	void anEditedEntryIsShownAsEditedAndADeletedOneNoMore() throws Exception {
		try (var index = FaqIndex.inMemory(analysis)) {
			index.rebuild(SampleKnowledgeBase.entries(), "sample");
			var search = new FaqSearch(index, DecisionThresholds.CALIBRATED);
			FaqEntry first = search.search(QUESTION, "ja").candidates().getFirst().entry();

			var edited = new FaqEntry(first.id(), first.question(), List.of("親子手帳の受け取り"), "市役所2階の窓口で受け取れます。",
					first.category(), first.department(), first.contact(), first.url(), first.language(),
					first.updatedAt(), true);
			index.upsertAll(List.of(edited), "edited");
			var shown = search.search(QUESTION, "ja").candidates().getFirst();

			assertThat(shown.entry()).isEqualTo(edited);
			assertThat(search.search("親子手帳の受け取り", "ja").candidates().getFirst().entry()).isEqualTo(edited);

			index.delete(first.id(), "deleted");

			assertThat(search.search(QUESTION, "ja").candidates()).extracting(candidate -> candidate.entry().id())
				.doesNotContain(first.id());
		}
	}

	@Test
	void anEntryNoLongerKeptInMemoryIsReadFromTheIndex() throws Exception {
		try (var index = FaqIndex.inMemory(analysis)) {
			index.rebuild(SampleKnowledgeBase.entries(), "sample");
			var search = new FaqSearch(index, DecisionThresholds.CALIBRATED);
			var kept = search.search(QUESTION, "ja").candidates();

			// What a search on an older view meets after a rebuild: documents whose
			// generation is gone.
			index.entries().clear();

			assertThat(kept).isNotEmpty();
			assertThat(search.search(QUESTION, "ja").candidates()).isEqualTo(kept);
		}
	}

}
