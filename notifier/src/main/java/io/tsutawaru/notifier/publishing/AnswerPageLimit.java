package io.tsutawaru.notifier.publishing;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.NotifierProperties.AnswerLinks.RateLimit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address on the public answer pages ({@code GET /answers/…},
 * {@code POST /answers}), which anyone may reach without signing in: each request takes a
 * token, the bucket fills up again evenly ({@link RateLimit#requests()} per
 * {@link RateLimit#per()}), and a request that finds it empty is told when the next token
 * comes. Even refilling, unlike a window that opens and closes, never lets a burst at a
 * window's edge through twice. The address is the request's remote address: behind a
 * proxy it is the client's only when the service is told to take it from the forwarded
 * headers ({@code server.forward-headers-strategy}, README), never from a header a client
 * may write itself. An IPv6 client counts by its /64, which one household or one attacker
 * holds whole. Kept in this process's memory, bounded to {@link RateLimit#addresses()}
 * (the least recently seen are forgotten); each process of the service limits on its own.
 */
@Component
class AnswerPageLimit {

	private final int size;

	/** Tokens added per millisecond. */
	private final double refill;

	private final Clock clock;

	private final Map<String, Bucket> buckets;

	@Autowired
	AnswerPageLimit(NotifierProperties properties, Clock clock) {
		this(properties.answerLinks().rateLimit(), clock);
	}

	AnswerPageLimit(RateLimit limit, Clock clock) {
		this.size = limit.requests();
		this.refill = (double) limit.requests() / Math.max(1, limit.per().toMillis());
		this.clock = clock;
		int capacity = limit.addresses();
		this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * Takes a token of the address's bucket.
	 * @return empty when the request may go on, otherwise how long until it may (whole
	 * seconds, at least one, as {@code Retry-After} says it)
	 */
	synchronized Optional<Duration> take(String address) {
		long now = clock.millis();
		Bucket bucket = buckets.computeIfAbsent(client(address), key -> new Bucket(size, now));
		bucket.tokens = Math.min(size, bucket.tokens + Math.max(0, now - bucket.at) * refill);
		bucket.at = now;
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return Optional.empty();
		}
		long millis = (long) Math.ceil((1 - bucket.tokens) / refill);
		return Optional.of(Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
	}

	/** The key of a client: its IPv4 address, or its IPv6 address's /64. */
	static String client(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// A literal: parsed, never looked up.
			InetAddress parsed = InetAddress.getByName(address);
			if (parsed instanceof Inet6Address) {
				return Arrays.toString(Arrays.copyOf(parsed.getAddress(), 8)) + "/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	private static final class Bucket {

		double tokens;

		long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

	}

}
