package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking's weighing of entries by breadth. */
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

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, null, null, null, null, "ja", Instant.EPOCH, true);
	}

}
