package io.tsutawaru.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one address, within a window,
 * further attempts are refused until the window has passed, even with the right password.
 *
 * <p>Both keys are counted because each alone falls short: per account alone lets one machine try every account,
 * per address alone lets many machines try one account. The address limit is higher since a city hall's staff
 * may share one outgoing address. Kept in memory: a restart forgets, which only ever helps the staff.
 */
class LoginThrottle {

	static final int FAILURES_PER_ACCOUNT = 5;

	static final int FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether a sign-in for this account from this address must be refused now. */
	boolean blocked(String username, String address) {
		return recent(accountKey(username)) >= FAILURES_PER_ACCOUNT
				|| recent(addressKey(address)) >= FAILURES_PER_ADDRESS;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		for (String key : new String[] { accountKey(username), addressKey(address) }) {
			Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
			synchronized (times) {
				times.addLast(now);
			}
		}
	}

	/** A correct sign-in clears the account's count (not the address's: others may still be guessing there). */
	void succeeded(String username) {
		failures.remove(accountKey(username));
	}

	private long recent(String key) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return 0;
		}
		Instant oldest = clock.instant().minus(WINDOW);
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
				times.removeFirst();
			}
			return times.size();
		}
	}

	private static String accountKey(String username) {
		return "account:" + String.valueOf(username).strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
