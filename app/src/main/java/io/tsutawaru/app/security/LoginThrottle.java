package io.tsutawaru.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows password guessing down without ever keeping the right password out.
 *
 * <p>
 * Failures are counted per account <em>and client address</em>: an attacker elsewhere
 * never slows a member of staff down, however often they fail. After a few free failures
 * (typing errors), each further one makes the next attempt of that account from that
 * address wait, one second at first and twice as long after every failure, up to
 * {@link Rule#maxDelay()}. A client address that fails for many accounts (spraying
 * made-up or real user names) earns its own delay the same way, for every attempt from
 * it.
 *
 * <p>
 * An attempt is <em>held</em> until its delay has passed and then checked; it is never
 * refused. Refusing during a delay would let anyone who shares the address (a city hall's
 * NAT, a proxy without forwarded headers) keep the right password out by failing again
 * each time the delay ends. Held, the right password always gets in, at most
 * {@code maxDelay} later, while a guesser gets one answer per delay per connection. Many
 * connections at once from one address still get as many answers; a reverse proxy's
 * per-address connection limit bounds that (README).
 *
 * <p>
 * Kept in memory, bounded and forgotten after {@link Rule#forgetAfter()} (see
 * {@link FailureCounts}); a restart forgets, which only ever helps the staff.
 */
class LoginThrottle {

	/**
	 * The rule the service runs with: 3 free failures per account and address, 20 per
	 * address, delays up to 30 s.
	 */
	static final Rule RULE = new Rule(3, 20, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15));

	/** Keys kept per kind (account and address, address alone): a few MB at most. */
	static final int CAPACITY = 10_000;

	/**
	 * Longer user names (only an attacker sends them) are cut, so that a key never holds
	 * megabytes.
	 */
	private static final int KEY_LENGTH = 100;

	private final FailureCounts perAccountAndAddress;

	private final FailureCounts perAddress;

	LoginThrottle(Clock clock) {
		this(RULE, CAPACITY, clock);
	}

	LoginThrottle(Rule rule, int capacity, Clock clock) {
		this.perAccountAndAddress = new FailureCounts(rule, rule.freeFailures(), capacity, clock);
		this.perAddress = new FailureCounts(rule, rule.freeFailuresPerAddress(), capacity, clock);
	}

	/**
	 * How long a sign-in for this account from this address must wait before its password
	 * is checked.
	 */
	Duration delayBefore(String username, String address) {
		Duration account = perAccountAndAddress.remainingDelay(pair(username, address));
		Duration client = perAddress.remainingDelay(address(address));
		return account.compareTo(client) >= 0 ? account : client;
	}

	/**
	 * Counts a wrong password; returns how long the next attempt of this account from
	 * this address will wait.
	 */
	Duration failed(String username, String address) {
		Duration account = perAccountAndAddress.failed(pair(username, address));
		Duration client = perAddress.failed(address(address));
		return account.compareTo(client) >= 0 ? account : client;
	}

	/**
	 * The right password clears the count of its account from its address, not the
	 * address's own count: others behind the same address may still be guessing.
	 */
	void succeeded(String username, String address) {
		perAccountAndAddress.forget(pair(username, address));
	}

	/** How many keys are kept, for the tests of the memory bound. */
	int keysKept() {
		return perAccountAndAddress.size() + perAddress.size();
	}

	private static String pair(String username, String address) {
		return cut(String.valueOf(username).strip().toLowerCase(Locale.ROOT)) + "\n" + address(address);
	}

	private static String address(String address) {
		return cut(String.valueOf(address));
	}

	private static String cut(String text) {
		return text.length() <= KEY_LENGTH ? text : text.substring(0, KEY_LENGTH);
	}

	/**
	 * How failures slow sign-ins down.
	 *
	 * @param freeFailures failures of one account from one address before any delay
	 * @param freeFailuresPerAddress failures from one address, whatever the accounts,
	 * before any delay
	 * @param firstDelay the delay after the first failure past the free ones; it doubles
	 * with each further failure
	 * @param maxDelay the longest any attempt waits: how long the right password may take
	 * to get in
	 * @param forgetAfter a key's failures are forgotten this long after its last one
	 */
	record Rule(int freeFailures, int freeFailuresPerAddress, Duration firstDelay, Duration maxDelay,
			Duration forgetAfter) {

		/**
		 * The delay earned by the {@code failures}-th failure in a row when the first
		 * {@code free} ones earn none.
		 */
		Duration delayAfter(int failures, int free) {
			int doublings = failures - free - 1;
			if (doublings < 0) {
				return Duration.ZERO;
			}
			if (doublings >= 30) {
				return maxDelay;
			}
			Duration delay = firstDelay.multipliedBy(1L << doublings);
			return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
		}

	}

}
