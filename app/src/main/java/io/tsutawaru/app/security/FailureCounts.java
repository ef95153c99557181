package io.tsutawaru.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins counted per key, each count with the delay it earns: none for the first
 * few, then a delay that doubles with every further failure up to a cap. Bounded in
 * memory: a count is forgotten once its key has not failed for a while, and past
 * {@code capacity} keys the one whose last failure is oldest goes first, so that a flood
 * of made-up user names or addresses cannot grow the map.
 */
final class FailureCounts {

	private final LoginThrottle.Rule rule;

	private final int freeFailures;

	private final int capacity;

	private final Clock clock;

	/**
	 * In the order of each key's last failure (a failing key is put again at the end),
	 * oldest first.
	 */
	private final LinkedHashMap<String, Failures> byKey = new LinkedHashMap<>();

	FailureCounts(LoginThrottle.Rule rule, int freeFailures, int capacity, Clock clock) {
		this.rule = rule;
		this.freeFailures = freeFailures;
		this.capacity = capacity;
		this.clock = clock;
	}

	/** How long an attempt for this key must wait now before its password is checked. */
	synchronized Duration remainingDelay(String key) {
		Instant now = clock.instant();
		forgetExpired(now);
		Failures failures = byKey.get(key);
		if (failures == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(now, failures.last().plus(rule.delayAfter(failures.count(), freeFailures)));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/**
	 * Counts one failure of this key; returns the delay it earned for the key's next
	 * attempt.
	 */
	synchronized Duration failed(String key) {
		Instant now = clock.instant();
		forgetExpired(now);
		Failures before = byKey.remove(key);
		int count = before == null ? 1 : before.count() + 1;
		byKey.put(key, new Failures(count, now));
		Iterator<String> oldest = byKey.keySet().iterator();
		while (byKey.size() > capacity) {
			oldest.next();
			oldest.remove();
		}
		return rule.delayAfter(count, freeFailures);
	}

	synchronized void forget(String key) {
		byKey.remove(key);
	}

	synchronized int size() {
		return byKey.size();
	}

	/** The oldest failures are at the head, so only expired keys are ever looked at. */
	private void forgetExpired(Instant now) {
		Instant horizon = now.minus(rule.forgetAfter());
		Iterator<Map.Entry<String, Failures>> oldest = byKey.entrySet().iterator();
		while (oldest.hasNext() && !oldest.next().getValue().last().isAfter(horizon)) {
			oldest.remove();
		}
	}

	private record Failures(int count, Instant last) {
	}

}
