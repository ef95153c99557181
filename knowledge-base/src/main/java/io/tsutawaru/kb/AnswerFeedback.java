package io.tsutawaru.kb;

import java.util.List;

/**
 * Residents' 「解決した／解決しない」 answers to an FAQ shown to them, so staff can see which answers
 * fail.
 */
public interface AnswerFeedback {

	/**
	 * Records one resident's feedback on an answer.
	 * @param faqId the entry that was shown
	 * @param solved whether it solved the resident's problem
	 * @throws FaqEntryNotFoundException when there is no entry with that id
	 */
	void recordFeedback(String faqId, boolean solved);

	/**
	 * Tallies the feedback per entry, entries with the most 「解決しない」 first.
	 * @return one tally per entry that has feedback
	 */
	List<Tally> tallies();

	/**
	 * The feedback on one entry.
	 *
	 * @param faqId the entry
	 * @param solved how many said it solved their problem
	 * @param unsolved how many said it did not
	 */
	record Tally(String faqId, long solved, long unsolved) {
	}

}
