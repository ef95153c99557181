package io.tsutawaru.app.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The login throttle with Spring Security's real password check: failures slow an account
 * down from the address they come from, never lock the right password out, and the memory
 * it keeps stays bounded. A held sign-in moves a test clock on instead of sleeping.
 */
class LoginThrottleTests {

	private static final Duration MAX = LoginThrottle.RULE.maxDelay();

	private final MovingClock clock = new MovingClock();

	private final LoginThrottle throttle = new LoginThrottle(clock);

	/** Every hold, in order: the wait before each password check. */
	private final List<Duration> holds = new ArrayList<>();

	private final ThrottledAuthenticationProvider signIn = new ThrottledAuthenticationProvider(passwords(), throttle,
			delay -> {
				holds.add(delay);
				clock.advance(delay);
			});

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theRightPasswordGetsInAfterFiveWrongOnesFromTheSameAddress() {
		for (int i = 0; i < 5; i++) {
			wrong("admin", "203.0.113.5");
		}
		assertThat(right("admin", "203.0.113.5").isAuthenticated()).isTrue();
		assertThat(lastHold()).isPositive().isLessThanOrEqualTo(MAX);
	}

	@Test
	void theRightPasswordGetsInAfterFiftyWrongOnesAtMostThirtySecondsLater() {
		for (int i = 0; i < 50; i++) {
			wrong("admin", "203.0.113.6");
		}
		assertThat(right("admin", "203.0.113.6").isAuthenticated()).isTrue();
		assertThat(lastHold()).isEqualTo(MAX);
		assertThat(holds).allSatisfy(hold -> assertThat(hold).isLessThanOrEqualTo(MAX));
	}

	@Test
	void aGuesserWhoFailsEachTimeTheDelayEndsCannotKeepTheRightPasswordOutOfTheirSharedAddress() {
		for (int i = 0; i < 10; i++) {
			wrong("emergency", "192.0.2.10");
		}
		for (int round = 0; round < 20; round++) {
			clock.advance(throttle.delayBefore("emergency", "192.0.2.10"));
			wrong("emergency", "192.0.2.10");
			assertThat(right("emergency", "192.0.2.10").isAuthenticated()).isTrue();
			assertThat(lastHold()).isLessThanOrEqualTo(MAX);
		}
	}

	@Test
	void failuresFromAnotherAddressNeverSlowTheStaffDown() {
		for (int i = 0; i < 50; i++) {
			wrong("admin", "203.0.113.66");
		}
		int heldBefore = holds.size();
		assertThat(right("admin", "198.51.100.7").isAuthenticated()).isTrue();
		assertThat(holds).hasSize(heldBefore);
	}

	@Test
	void twentyMadeUpUserNamesFromOneAddressDoNotKeepAdminOutOfIt() {
		for (int i = 0; i < 20; i++) {
			wrong(madeUpName(), "203.0.113.20");
		}
		assertThat(right("admin", "203.0.113.20").isAuthenticated()).isTrue();
		assertThat(holds).isEmpty();
	}

	@Test
	void sprayingManyUserNamesSlowsTheAddressDownButAdminStillGetsIn() {
		for (int i = 0; i < 200; i++) {
			wrong(madeUpName(), "203.0.113.21");
		}
		assertThat(holds).as("the address's own delay").isNotEmpty();
		assertThat(right("admin", "203.0.113.21").isAuthenticated()).isTrue();
		assertThat(lastHold()).isEqualTo(MAX);
		assertThat(throttle.delayBefore("admin", "198.51.100.21")).as("another address").isZero();
	}

	@Test
	void delaysStartAfterThreeFreeFailuresDoubleFromOneSecondAndStopAtThirty() {
		List<Long> seconds = new ArrayList<>();
		for (int failures = 1; failures <= 12; failures++) {
			seconds.add(LoginThrottle.RULE.delayAfter(failures, LoginThrottle.RULE.freeFailures()).toSeconds());
		}
		assertThat(seconds).containsExactly(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L, 30L);
		assertThat(LoginThrottle.RULE.delayAfter(Integer.MAX_VALUE, 3)).isEqualTo(MAX);
	}

	@Test
	void theRightPasswordStartsItsAccountAfreshFromItsAddress() {
		for (int i = 0; i < 6; i++) {
			wrong("pr", "203.0.113.30");
		}
		right("pr", "203.0.113.30");
		for (int i = 0; i < 3; i++) {
			wrong("pr", "203.0.113.30");
		}
		assertThat(throttle.delayBefore("pr", "203.0.113.30")).isZero();
	}

	@Test
	void theRightPasswordDoesNotClearTheAddressWhereOthersMayStillBeGuessing() {
		for (int i = 0; i < 25; i++) {
			wrong(madeUpName(), "203.0.113.31");
		}
		right("admin", "203.0.113.31");
		clock.advance(MAX);
		wrong("pr", "203.0.113.31");
		assertThat(throttle.delayBefore("pr", "203.0.113.31")).isEqualTo(MAX);
	}

	@Test
	void theMemoryKeptIsBoundedAndForgottenAfterFifteenMinutes() {
		LoginThrottle small = new LoginThrottle(LoginThrottle.RULE, 1_000, clock);
		for (int i = 0; i < 20_000; i++) {
			small.failed(madeUpName() + "x".repeat(i % 100 == 0 ? 100_000 : 0), "10.0." + (i / 250) + "." + (i % 250));
			if (i % 100 == 0) {
				assertThat(small.keysKept()).isLessThanOrEqualTo(2_000);
			}
		}
		assertThat(small.keysKept()).isEqualTo(2_000);
		clock.advance(LoginThrottle.RULE.forgetAfter());
		small.failed("admin", "203.0.113.40");
		assertThat(small.keysKept()).isEqualTo(2);
	}

	@Test
	void aCountIsForgottenFifteenMinutesAfterItsLastFailure() {
		for (int i = 0; i < 10; i++) {
			wrong("editor", "203.0.113.50");
		}
		clock.advance(LoginThrottle.RULE.forgetAfter());
		assertThat(throttle.delayBefore("editor", "203.0.113.50")).isZero();
		assertThat(throttle.keysKept()).isZero();
	}

	private void wrong(String username, String address) {
		from(address);
		assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong-" + UUID.randomUUID())))
			.isInstanceOf(BadCredentialsException.class);
	}

	private Authentication right(String username, String address) {
		from(address);
		return signIn.authenticate(attempt(username, username + "-password"));
	}

	private Duration lastHold() {
		return holds.isEmpty() ? Duration.ZERO : holds.get(holds.size() - 1);
	}

	private static void from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

	private static String madeUpName() {
		return "user-" + UUID.randomUUID().toString().substring(0, 12);
	}

	@SuppressWarnings("deprecation")
	private static DaoAuthenticationProvider passwords() {
		InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
		for (String name : List.of("admin", "pr", "emergency", "editor")) {
			accounts.createUser(User.withUsername(name).password(name + "-password").roles("ADMIN").build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		// The stored passwords are plain here: the test is about the throttle, not about
		// hashing.
		provider.setPasswordEncoder(NoOpPasswordEncoder.getInstance());
		return provider;
	}

}
