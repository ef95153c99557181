package io.tsutawaru.kb;

import java.time.Instant;
import java.util.List;

/**
 * The questions residents asked that the knowledge base could not answer, for department
 * staff.
 *
 * <p>
 * Filled from {@link QuestionUnanswered} events.
 */
public interface UnansweredQuestions {

	/**
	 * Groups the questions asked since a moment by their normalised text, most asked
	 * first.
	 * @param since only questions asked at or after this moment
	 * @param limit at most this many groups
	 * @return the groups, most asked first, then most recently asked first
	 */
	List<Group> grouped(Instant since, int limit);

	/**
	 * One question asked, perhaps many times.
	 *
	 * @param question the question as last asked
	 * @param language the language it was asked in
	 * @param count how many times it was asked since the given moment
	 * @param lastAskedAt when it was last asked
	 */
	record Group(String question, String language, long count, Instant lastAskedAt) {
	}

}
