package io.tsutawaru.notifier.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.NotifierProperties.AnswerLinks.RateLimit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer pages' token bucket per client address, on a clock the test moves: the
 * default of 30 requests a minute.
 */
class AnswerPageLimitTests {

	final MovableClock clock = new MovableClock();

	final AnswerPageLimit limit = new AnswerPageLimit(new RateLimit(30, Duration.ofMinutes(1), 100), clock);

	@Test
	void theThirtyFirstRequestWithinTheMinuteWaitsForTheNextTokenAndAnotherAddressIsUnaffected() {
		for (int i = 0; i < 30; i++) {
			assertThat(limit.take("192.0.2.1")).as("request %d", i + 1).isEmpty();
		}
		assertThat(limit.take("192.0.2.1")).as("a token every 2 s").contains(Duration.ofSeconds(2));
		assertThat(limit.take("192.0.2.2")).isEmpty();

		clock.move(Duration.ofMillis(1_500));
		assertThat(limit.take("192.0.2.1")).as("half a second to go: a whole second").contains(Duration.ofSeconds(1));
		clock.move(Duration.ofMillis(500));
		assertThat(limit.take("192.0.2.1")).as("one token came").isEmpty();
		assertThat(limit.take("192.0.2.1")).isPresent();
	}

	@Test
	void theBucketIsFullAgainAfterTheMinuteAndNeverFuller() {
		for (int i = 0; i < 31; i++) {
			limit.take("192.0.2.3");
		}
		clock.move(Duration.ofHours(5));

		for (int i = 0; i < 30; i++) {
			assertThat(limit.take("192.0.2.3")).as("request %d after the reset", i + 1).isEmpty();
		}
		assertThat(limit.take("192.0.2.3")).isPresent();
	}

	@Test
	void anIpv6ClientCountsByItsSlash64AndAMappedIpv4AddressAsItself() {
		for (int i = 0; i < 30; i++) {
			assertThat(limit.take("2001:db8:1:2::" + Integer.toHexString(i + 1))).isEmpty();
		}
		assertThat(limit.take("2001:db8:1:2:ffff:ffff:ffff:ffff")).as("the same /64").isPresent();
		assertThat(limit.take("2001:db8:1:3::1")).as("another /64").isEmpty();
		assertThat(AnswerPageLimit.client("::ffff:192.0.2.9")).isEqualTo("192.0.2.9");
		assertThat(AnswerPageLimit.client("not:an:address:at:all:zz")).isEqualTo("not:an:address:at:all:zz");
	}

	@Test
	void theLeastRecentlySeenAddressesAreForgottenBeyondTheBound() {
		for (int i = 0; i < 31; i++) {
			limit.take("198.51.100.1");
		}
		for (int i = 0; i < 100; i++) {
			limit.take("203.0.113." + i);
		}
		assertThat(limit.take("198.51.100.1")).as("forgotten: a full bucket again").isEmpty();
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-06T00:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Tokyo");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
