package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer confidence: how much of the resident's question a candidate's question
 * covers.
 */
class AnswerConfidenceTests {

	static final FaqAnalysis analysis = FaqAnalysis.standard();

	@Test
	void aSynonymInTheCandidatesQuestionCoversTheResidentsWord() throws Exception {
		var noise = entry("noise", "騒音の相談はどこにすればよいですか", "環境保全課にご相談ください。");
		try (var index = FaqIndex.inMemory(analysis)) {
			index.rebuild(List.of(noise), "test");
			var search = new FaqSearch(index, DecisionThresholds.CALIBRATED);

			var typedAsListed = search.search("騒音", "ja");
			var colloquial = search.search("うるさい", "ja");

			assertThat(typedAsListed.candidates().getFirst().confidence()).isEqualTo(1.0);
			// うるさい => 騒音 in the shipped list: the resident's one word is covered, as if
			// they had typed 騒音.
			assertThat(colloquial.candidates().getFirst().confidence()).isEqualTo(1.0);
			assertThat(colloquial.decision()).isNotEqualTo(Decision.NOT_FOUND);
		}
	}

	@Test
	void aWordWithoutSynonymsIsCoveredOnlyByItself() throws Exception {
		var noise = entry("noise", "騒音の相談はどこにすればよいですか", "環境保全課にご相談ください。");
		try (var index = FaqIndex.inMemory(analysis)) {
			index.rebuild(List.of(noise), "test");

			var result = new FaqSearch(index, DecisionThresholds.CALIBRATED).search("騒音と振動", "ja");

			assertThat(result.candidates().getFirst().confidence()).isStrictlyBetween(0.0, 1.0);
		}
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, null, null, null, null, "ja", Instant.EPOCH, true);
	}

}
