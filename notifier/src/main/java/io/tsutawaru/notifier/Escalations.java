package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.Optional;

/**
 * Escalation of notices that ask (issue 18): whom a notice reached again on their other
 * channel after its wait without an answer.
 */
public interface Escalations {

	/**
	 * Escalates every notice due at {@code now} by the city's clock: what the notifier
	 * does by itself every ten seconds, in every process (one of them plans each notice).
	 */
	void escalateDue(Instant now);

	/** The notice's escalation; empty until it starts. */
	Optional<Responses.Escalated> of(long noticeId);

}
