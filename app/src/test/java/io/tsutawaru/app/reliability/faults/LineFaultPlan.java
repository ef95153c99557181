package io.tsutawaru.app.reliability.faults;

import java.time.Duration;

/**
 * Chooses the stand-in's reply to each attempt of a multicast, by its retry key and the
 * attempt number (1 for the first). Deterministic per key, so a run can be repeated and
 * every kind of fault occurs in every run.
 */
@FunctionalInterface
interface LineFaultPlan {

	LineReply reply(String retryKey, int attempt);

	/** Everything accepted at once. */
	static LineFaultPlan healthy() {
		return (key, attempt) -> new LineReply.Accept();
	}

	/**
	 * Everything accepted, each answer after the delay: a fan-out slow enough to
	 * interrupt midway.
	 */
	static LineFaultPlan slow(Duration delay) {
		return (key, attempt) -> new LineReply.AcceptSlowly(delay);
	}

	/**
	 * About half of the multicasts meet a fault on their first attempt, some on their
	 * second as well: 429 with Retry-After, 500, connections reset before and after LINE
	 * accepted, answers slower than usual and slower than the client waits.
	 */
	static LineFaultPlan mixed() {
		return (key, attempt) -> {
			int bucket = Math.floorMod(key.hashCode(), 100);
			if (attempt > 2) {
				return new LineReply.Accept();
			}
			boolean first = attempt == 1;
			if (bucket < 15) {
				return first ? new LineReply.TooManyRequests(1) : new LineReply.Accept();
			}
			if (bucket < 25) {
				return new LineReply.ServerError();
			}
			if (bucket < 35) {
				return first ? new LineReply.Drop() : new LineReply.Accept();
			}
			if (bucket < 45) {
				return first ? new LineReply.AcceptThenDrop() : new LineReply.Accept();
			}
			if (bucket < 53) {
				return new LineReply.AcceptSlowly(Duration.ofMillis(1500));
			}
			if (bucket < 55) {
				// Longer than the client's 10 s read timeout: LINE got it, the sender
				// gave up waiting.
				return first ? new LineReply.AcceptSlowly(Duration.ofSeconds(12)) : new LineReply.Accept();
			}
			if (bucket < 63) {
				return first ? new LineReply.TooManyRequests(2) : new LineReply.Drop();
			}
			return new LineReply.Accept();
		};
	}

}
