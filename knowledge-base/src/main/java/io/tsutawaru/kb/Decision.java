package io.tsutawaru.kb;

/** What the bot should do with a search's candidates. */
public enum Decision {

	/** One clear winner: answer with the first candidate. */
	ANSWER,
	/** Several plausible entries: offer the top three to choose from. */
	CHOOSE,
	/**
	 * Nothing fits: apologise, show the department contact and log the question for
	 * staff.
	 */
	NOT_FOUND

}
