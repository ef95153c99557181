package io.tsutawaru.app.audit;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every change a signed-in member of staff asks for on the console or the API,
 * with the answer they got, a refusal included. It runs inside Spring Security's filter
 * chain, after authentication (so the caller is known) and before the refusal of a wrong
 * role is turned into a 403 (so that answer is seen). Reading pages is not recorded: the
 * log is for what changed, and a list of every page view would bury it.
 */
public class StaffActionAuditFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(StaffActionAuditFilter.class);

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final StaffActions actions;

	public StaffActionAuditFilter(StaffActions actions) {
		this.actions = actions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return READS.contains(request.getMethod()) || !(path.startsWith("/console/") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				try {
					actions.record(new StaffAction(StaffActions.now(), caller.getName(), request.getMethod(), path,
							response.getStatus()));
				}
				catch (RuntimeException ex) {
					// The change itself has happened; losing its audit row must not turn
					// it into an error page.
					log.error("Could not record a staff action in the audit log", ex);
				}
			}
		}
	}

}
