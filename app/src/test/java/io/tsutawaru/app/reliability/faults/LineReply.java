package io.tsutawaru.app.reliability.faults;

import java.time.Duration;

/**
 * What the LINE stand-in does with one attempt of a multicast, before the retry-key rule
 * applies.
 */
sealed interface LineReply {

	/** Accepted at once: 200. */
	record Accept() implements LineReply {
	}

	/**
	 * Accepted, but the answer comes only after the delay (slower than the client's read
	 * timeout, if so chosen).
	 */
	record AcceptSlowly(Duration delay) implements LineReply {
	}

	/**
	 * Accepted, then the connection is reset before the answer: the sender cannot tell it
	 * got through.
	 */
	record AcceptThenDrop() implements LineReply {
	}

	/** Not accepted: 429 with Retry-After in seconds, LINE's rate limit. */
	record TooManyRequests(int retryAfterSeconds) implements LineReply {
	}

	/** Not accepted: 500. */
	record ServerError() implements LineReply {
	}

	/** Not accepted: the connection is reset before anything is read back. */
	record Drop() implements LineReply {
	}

	/**
	 * Whether LINE keeps the messages of this attempt (and so answers 409 to a later one
	 * with the same key).
	 */
	default boolean accepts() {
		return this instanceof Accept || this instanceof AcceptSlowly || this instanceof AcceptThenDrop;
	}

}
