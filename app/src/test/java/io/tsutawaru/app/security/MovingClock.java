package io.tsutawaru.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the tests move by hand: a held sign-in moves it on by its delay instead of
 * sleeping.
 */
final class MovingClock extends Clock {

	private Instant now = Instant.parse("2026-04-30T09:00:00Z");

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Asia/Tokyo");
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

	@Override
	public synchronized Instant instant() {
		return now;
	}

	synchronized void advance(Duration duration) {
		now = now.plus(duration);
	}

}
