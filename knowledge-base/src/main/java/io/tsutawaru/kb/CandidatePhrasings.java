package io.tsutawaru.kb;

import java.time.Instant;
import java.util.List;

/**
 * Learning from residents: a question that led a resident to an entry (picked from the
 * choices, or answered 「解決した」) is a candidate phrasing of that entry. Staff accept or
 * reject it; nothing is learned unreviewed. An accepted phrasing is searched like the
 * entry's own question from the moment it is accepted.
 */
public interface CandidatePhrasings {

	/**
	 * Records a resident's question as a candidate phrasing of an entry; the same
	 * question again (up to width, case, spaces and punctuation) counts once more. A
	 * phrasing staff already decided on keeps their decision.
	 * @param faqId the entry the resident was led to
	 * @param question the resident's question, as typed; blank questions are ignored
	 * @throws FaqEntryNotFoundException when there is no entry with that id
	 */
	void propose(String faqId, String question);

	/**
	 * The phrasings awaiting a decision, most often proposed first.
	 * @param limit at most this many
	 * @return the pending phrasings
	 */
	List<Phrasing> pending(int limit);

	/**
	 * Every phrasing of one entry, pending ones first.
	 * @param faqId the entry
	 * @return its phrasings
	 */
	List<Phrasing> ofEntry(String faqId);

	/**
	 * Accepts a phrasing: it is searched like the entry's question when this method
	 * returns.
	 * @param id the phrasing
	 * @throws PhrasingNotFoundException when there is no such phrasing
	 */
	void accept(long id);

	/**
	 * Rejects a phrasing (and takes it out of search if it was accepted).
	 * @param id the phrasing
	 * @throws PhrasingNotFoundException when there is no such phrasing
	 */
	void reject(long id);

	/**
	 * One candidate phrasing.
	 *
	 * @param id its id
	 * @param faqId the entry it phrases
	 * @param question the resident's question, as first asked
	 * @param status pending, accepted or rejected
	 * @param times how many times residents were led to the entry by this question
	 * @param proposedAt when it was first proposed
	 */
	record Phrasing(long id, String faqId, String question, Status status, int times, Instant proposedAt) {
	}

	/** Where a phrasing stands. */
	enum Status {

		/** Awaiting staff's decision; not searched. */
		PENDING,
		/** Searched like the entry's question. */
		ACCEPTED,
		/** Not searched; proposing it again changes nothing. */
		REJECTED

	}

}
