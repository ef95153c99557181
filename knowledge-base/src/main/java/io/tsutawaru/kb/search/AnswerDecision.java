package io.tsutawaru.kb.search;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Decision;
import java.util.List;

/**
 * Decides from the ranked candidates: answer when the best one is confident and clearly ahead of the next, offer
 * a choice when it is plausible, otherwise not found.
 */
final class AnswerDecision {

    private final DecisionThresholds thresholds;

    AnswerDecision(DecisionThresholds thresholds) {
        this.thresholds = thresholds;
    }

    Decision decide(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Decision.NOT_FOUND;
        }
        Candidate best = candidates.getFirst();
        if (best.confidence() >= thresholds.answerConfidence() && leads(best, candidates)) {
            return Decision.ANSWER;
        }
        return best.confidence() >= thresholds.chooseConfidence() ? Decision.CHOOSE : Decision.NOT_FOUND;
    }

    private boolean leads(Candidate best, List<Candidate> candidates) {
        if (candidates.size() == 1) {
            return true;
        }
        double second = candidates.get(1).score();
        return second <= 0 || best.score() / second >= thresholds.answerScoreRatio();
    }
}
