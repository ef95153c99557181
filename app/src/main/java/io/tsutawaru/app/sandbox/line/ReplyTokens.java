package io.tsutawaru.app.sandbox.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reply tokens as LINE hands them out: one per webhook event, usable once, and only for a
 * short time. The sandbox enforces both, so the bot's fallback from reply to push is
 * exercised here as it would be against LINE.
 */
public class ReplyTokens {

	private final Map<String, Issued> issued = new ConcurrentHashMap<>();

	private final Duration lifetime;

	private final Clock clock;

	public ReplyTokens(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** A fresh token for an event from {@code userId}. */
	public String issue(String userId) {
		String token = UUID.randomUUID().toString().replace("-", "");
		Instant now = clock.instant();
		issued.values().removeIf(entry -> entry.expiresAt().isBefore(now));
		issued.put(token, new Issued(userId, now.plus(lifetime)));
		return token;
	}

	/**
	 * The resident a token was issued for, if it is valid now; a token is spent by
	 * asking.
	 */
	Optional<String> redeem(String token) {
		Issued entry = token == null ? null : issued.remove(token);
		if (entry == null || entry.expiresAt().isBefore(clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(entry.userId());
	}

	private record Issued(String userId, Instant expiresAt) {
	}

}
