package io.tsutawaru.app.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks passwords for the login form and HTTP Basic alike, each attempt held first for
 * as long as the {@link LoginThrottle} says, and tells the throttle how it went. Nothing
 * is refused for the throttle's sake: the right password always gets in, at worst after
 * the wait.
 *
 * <p>
 * The client address is the request's remote address. Behind a reverse proxy it is the
 * proxy's own unless the service is told to read the forwarded headers
 * ({@code server.forward-headers-strategy=native}, README), in which case Tomcat replaces
 * it with the address the proxy forwarded.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final Pause pause;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this(passwords, throttle, delay -> Thread.sleep(delay));
	}

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Pause pause) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.pause = pause;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = attempt.getName();
		String address = clientAddress();
		hold(throttle.delayBefore(username, address));
		try {
			Authentication authenticated = passwords.authenticate(attempt);
			throttle.succeeded(username, address);
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			Duration next = throttle.failed(username, address);
			throw next.isZero() ? ex : new SignInSlowedException(ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void hold(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			// Requests run on virtual threads: a held sign-in costs no platform thread.
			pause.pause(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuthenticationServiceException("Interrupted while holding a sign-in", ex);
		}
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "unknown";
	}

	/** Waits; a test's pause moves a test clock on instead. */
	@FunctionalInterface
	interface Pause {

		void pause(Duration delay) throws InterruptedException;

	}

	/**
	 * A wrong password after which this account's next attempt from this address will be
	 * held: the login page says so, so that staff know a slow sign-in is expected and
	 * that the right password still gets in.
	 */
	static final class SignInSlowedException extends BadCredentialsException {

		SignInSlowedException(BadCredentialsException cause) {
			super(cause.getMessage(), cause);
		}

	}

}
