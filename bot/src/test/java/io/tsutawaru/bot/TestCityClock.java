package io.tsutawaru.bot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The city's clock in the bot's tests (the service takes the notifier's
 * {@code cityClock}): the real time in the city's zone, Asia/Tokyo, unless a test sets
 * the moment it needs, e.g. a Saturday night to see what a hand-off says out of office
 * hours. Tests that set it put it back afterwards.
 */
@Component
public class TestCityClock extends Clock {

	static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	/** From now on the clock stands still at this moment. */
	public void set(Instant moment) {
		fixed.set(moment);
	}

	/** Back to the real time. */
	public void reset() {
		fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return CITY;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Instant moment = fixed.get();
		return moment == null ? Clock.system(zone) : Clock.fixed(moment, zone);
	}

	@Override
	public Instant instant() {
		Instant moment = fixed.get();
		return moment == null ? Instant.now() : moment;
	}

}
