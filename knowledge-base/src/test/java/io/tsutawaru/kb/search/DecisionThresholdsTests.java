package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionThresholdsTests {

	final DecisionThresholds thresholds = new DecisionThresholds(0.5, 1.1, 0.2);

	@Test
	void answersWhenTheBestIsConfidentAndClearlyAhead() {
		assertThat(thresholds.decide(List.of(candidate(10, 0.8), candidate(5, 0.7)))).isEqualTo(Decision.ANSWER);
		assertThat(thresholds.decide(List.of(candidate(10, 0.5)))).isEqualTo(Decision.ANSWER);
	}

	@Test
	void offersAChoiceWhenTheBestIsNotFarEnoughAhead() {
		assertThat(thresholds.decide(List.of(candidate(10, 0.9), candidate(9.5, 0.9)))).isEqualTo(Decision.CHOOSE);
		assertThat(thresholds.decide(List.of(candidate(10, 0.3), candidate(1, 0.1)))).isEqualTo(Decision.CHOOSE);
	}

	@Test
	void givesUpWhenNothingIsPlausible() {
		assertThat(thresholds.decide(List.of(candidate(10, 0.1)))).isEqualTo(Decision.NOT_FOUND);
		assertThat(thresholds.decide(List.of())).isEqualTo(Decision.NOT_FOUND);
	}

	@Test
	void rejectsThresholdsThatCannotWork() {
		assertThatThrownBy(() -> new DecisionThresholds(0.3, 1.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DecisionThresholds(0.5, 0.9, 0.2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DecisionThresholds(1.5, 1.1, 0.2)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Candidate candidate(double score, double confidence) {
		var entry = new FaqEntry("e" + score, "q", List.of(), "a", null, null, null, null, "ja", null, true);
		return new Candidate(entry, score, confidence);
	}

}
