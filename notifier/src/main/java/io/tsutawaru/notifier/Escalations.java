package io.tsutawaru.notifier;

import java.util.Optional;

/**
 * Escalation of notices that ask (issue 18): whom a notice reached again on their other
 * channel after its wait without an answer.
 */
public interface Escalations {

	/** The notice's escalation; empty until it starts. */
	Optional<Responses.Escalated> of(long noticeId);

}
