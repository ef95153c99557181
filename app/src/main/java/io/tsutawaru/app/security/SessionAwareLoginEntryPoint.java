package io.tsutawaru.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a browser to the login page, saying so when it came with a session that has
 * expired: staff who left a compose form open should know why they must sign in again
 * rather than think their password failed.
 */
class SessionAwareLoginEntryPoint extends LoginUrlAuthenticationEntryPoint {

	SessionAwareLoginEntryPoint() {
		super("/login");
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		return expired ? "/login?expired" : "/login";
	}

}
