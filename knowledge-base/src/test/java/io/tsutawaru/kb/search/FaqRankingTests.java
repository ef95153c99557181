package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking's weighing of entries by breadth and by what their questions ask. */
class FaqRankingTests {

	static final FaqAnalysis analysis = FaqAnalysis.standard();

	@Test
	void aBroadEntryOutranksANarrowOneThatMatchesAsWell() throws Exception {
		String answer = "粗大ごみは電話で収集を申し込んでください。";
		// The broad entry's answer is longer: BM25 alone ranks the narrow entry first.
		var narrow = entry("narrow", "粗大ごみを平日の夜に集合住宅の前に出しても収集してもらえますか", answer);
		var broad = entry("broad", "粗大ごみの出し方",
				answer + "収集日は地区ごとに決まっています。手数料は品目ごとに異なります。処理券を貼って出してください。" + "家電リサイクル法の対象品目は販売店に引き取りを依頼してください。");
		try (var index = FaqIndex.inMemory(analysis)) {
			index.rebuild(List.of(narrow, broad), "test");

			var ids = new FaqSearch(index, DecisionThresholds.CALIBRATED).rankIds("粗大ごみを出したい", "ja", 10);

			assertThat(ids).containsExactly("broad", "narrow");
		}
	}

	@Test
	void fewerQuestionWordsWeighMore() {
		assertThat(QuestionBreadth.weight(0)).isEqualTo(1f);
		assertThat(QuestionBreadth.weight(3)).isGreaterThan(QuestionBreadth.weight(12));
		assertThat(QuestionBreadth.weight(12)).isPositive();
	}

	@Test
	void ofTwoEntriesTheWordsFindAsWellTheOneAskingNothingElseComesFirst() throws Exception {
		// Both questions hold every word asked and one word more: 扶養, which only one
		// entry's question has, tells more than 案内, which every entry's has. By words
		// alone the two tie (the first indexed would come first).
		String answer = "毎年２月、６月、１０月に振り込みます。";
		var other = entry("other", "手当の振込日と扶養", answer);
		var asked = entry("asked", "手当の振込日と案内", answer);
		try (var index = FaqIndex.inMemory(analysis)) {
			index.rebuild(List.of(other, asked, entry("f1", "保育所の案内", "保育所の一覧です。"), entry("f2", "健診の案内", "健診の日程です。"),
					entry("f3", "ごみの案内", "ごみの出し方です。")), "test");

			var ids = new FaqSearch(index, DecisionThresholds.CALIBRATED).rankIds("手当の振込日", "ja", 2);

			assertThat(ids).containsExactly("asked", "other");
		}
	}

	@Test
	void anEntryWhoseQuestionWordsWereAllAskedKeepsItsWholeScore() throws Exception {
		var entries = List.of(entry("a", "児童扶養手当の振込日", "x"), entry("b", "児童手当の案内", "y"), entry("c", "保育所の案内", "z"));
		try (var index = FaqIndex.inMemory(analysis)) {
			index.rebuild(entries, "test");
			index.withSearcher(searcher -> {
				var coverage = new QuestionCoverage(searcher.getIndexReader());
				Set<String> asked = Set.of("児童", "手当", "振込", "日");
				assertThat(coverage.weight(List.of(Set.of("児童", "手当", "振込", "日")), asked)).isEqualTo(1f);
				assertThat(coverage.weight(List.of(), asked)).isEqualTo(1f);
				// An unasked word found in one entry only costs more than one found in
				// two.
				float rareUnasked = coverage.weight(List.of(Set.of("児童", "手当", "扶養")), asked);
				float commonUnasked = coverage.weight(List.of(Set.of("児童", "手当", "案内")), asked);
				assertThat(rareUnasked).isLessThan(commonUnasked).isLessThan(1f);
				// None asked: the floor, about 86 %.
				assertThat(coverage.weight(List.of(Set.of("保育所", "案内")), asked)).isBetween(0.85f, 0.87f);
				// Each question of an entry is one way of asking: the best covered
				// counts.
				assertThat(coverage.weight(List.of(Set.of("保育所", "案内"), Set.of("児童", "手当")), asked)).isEqualTo(1f);
				return null;
			});
		}
	}

	@Test
	void anAlternativePhrasingDoesNotMakeAnEntryLookLessAskedFor(@TempDir Path directory) throws Exception {
		String answer = "毎年２月、６月、１０月に振り込みます。";
		var plain = entry("plain", "手当の振込日", answer);
		var withAlternative = new FaqEntry("alternative", "手当の振込日", List.of("扶養の届出の期限と窓口"), answer, null, null, null,
				null, "ja", Instant.EPOCH, true);
		try (var index = FaqIndex.open(directory, analysis)) {
			index.rebuild(List.of(plain, withAlternative, entry("f1", "保育所の案内", "保育所の一覧です。")), "test");
			assertFullyAskedFor(index, "plain", "alternative");
		}
		// The same when the entries are read back from the stored index.
		try (var index = FaqIndex.open(directory, analysis)) {
			assertFullyAskedFor(index, "plain", "alternative");
		}
	}

	private static void assertFullyAskedFor(FaqIndex index, String... ids) throws Exception {
		index.withSearcher(searcher -> {
			var coverage = new QuestionCoverage(searcher.getIndexReader());
			for (String id : ids) {
				int doc = searcher.search(new TermQuery(new Term(FaqFields.ID, id)), 1).scoreDocs[0].doc;
				var indexed = index.entries().get(searcher, doc);
				assertThat(indexed.phrasings()).as(id).hasSize(1 + indexed.entry().alternatives().size());
				assertThat(coverage.weight(indexed.phrasings(), Set.of("手当", "振込", "日"))).as(id).isEqualTo(1f);
			}
			return null;
		});
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, null, null, null, null, "ja", Instant.EPOCH, true);
	}

}
