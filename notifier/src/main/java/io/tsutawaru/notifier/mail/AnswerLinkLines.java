package io.tsutawaru.notifier.mail;

/**
 * The lines of a notice's mail that are a resident's own: the links that answer the
 * notice for them (issue 18), each signed for that resident.
 */
@FunctionalInterface
interface AnswerLinkLines {

	/** A notice that asks nothing: every resident reads the same mail. */
	AnswerLinkLines NONE = subscriberId -> "";

	/** The resident's lines, each ending in a line break. */
	String of(long subscriberId);

}
