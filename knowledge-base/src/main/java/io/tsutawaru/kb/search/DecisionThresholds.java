package io.tsutawaru.kb.search;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Decision;
import java.util.List;

/**
 * When a search answers, offers a choice, or gives up. Calibrated on the LocalgovFAQ
 * development split; see the module's README.
 *
 * @param answerConfidence the best candidate's confidence needed to answer with it alone
 * @param answerScoreRatio how far the best candidate's score must lead the second's (best
 * / second) to answer
 * @param chooseConfidence the best candidate's confidence needed to offer the top three;
 * below it, not found
 */
public record DecisionThresholds(double answerConfidence, double answerScoreRatio, double chooseConfidence) {

	/**
	 * The calibrated defaults: of the settings whose outright answers are at least 80 %
	 * right on each half of the development split (tune and held-out alike, so that no
	 * half's 125 questions decide alone), the one that answers most. A wrong answer given
	 * as the answer misleads a resident; a choice of three lets the resident see it is
	 * not sure (docs/benchmarks.md, issue 16, fourth round).
	 */
	public static final DecisionThresholds CALIBRATED = new DecisionThresholds(0.60, 1.05, 0.20);

	/**
	 * Rejects thresholds that cannot work: out of range, or answering more easily than
	 * choosing.
	 */
	public DecisionThresholds {
		if (answerConfidence < 0 || answerConfidence > 1 || chooseConfidence < 0 || chooseConfidence > 1) {
			throw new IllegalArgumentException("confidence thresholds must lie between 0 and 1");
		}
		if (chooseConfidence > answerConfidence) {
			throw new IllegalArgumentException("the choose threshold must not exceed the answer threshold");
		}
		if (answerScoreRatio < 1) {
			throw new IllegalArgumentException("the answer score ratio must be at least 1");
		}
	}

	/**
	 * Decides from ranked candidates: answer when the best one is confident and clearly
	 * ahead of the next, offer a choice when it is plausible, otherwise not found.
	 * @param candidates best first
	 * @return what the bot should do
	 */
	public Decision decide(List<Candidate> candidates) {
		if (candidates.isEmpty()) {
			return Decision.NOT_FOUND;
		}
		Candidate best = candidates.getFirst();
		if (best.confidence() >= answerConfidence && leads(best, candidates)) {
			return Decision.ANSWER;
		}
		return best.confidence() >= chooseConfidence ? Decision.CHOOSE : Decision.NOT_FOUND;
	}

	private boolean leads(Candidate best, List<Candidate> candidates) {
		if (candidates.size() == 1) {
			return true;
		}
		double second = candidates.get(1).score();
		return second <= 0 || best.score() / second >= answerScoreRatio;
	}
}
