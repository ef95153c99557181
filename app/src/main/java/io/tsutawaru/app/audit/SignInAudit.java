package io.tsutawaru.app.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records each sign-in to the console, and each refused one (the changes themselves are
 * recorded by {@link StaffActionAuditFilter}). The login throttle counts failures in
 * memory only and forgets them at a restart; the audit log keeps them, so that guessing
 * stays visible.
 */
@Component
class SignInAudit {

	private final StaffActions actions;

	SignInAudit(StaffActions actions) {
		this.actions = actions;
	}

	/**
	 * Form sign-ins only: every API call authenticates afresh and is recorded as the
	 * change it asks for.
	 */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		actions.record(new StaffAction(StaffActions.now(), event.getAuthentication().getName(), StaffActions.SIGN_IN,
				"/login", 200));
	}

	/**
	 * A refused attempt, with the user name as typed (cut to the column's length) and
	 * never the password. API calls with a wrong password are refused the same way and
	 * recorded too: both are someone trying an account.
	 */
	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		// Whatever was typed: control characters (a NUL PostgreSQL refuses) would fail
		// the sign-in page itself.
		String typed = String.valueOf(event.getAuthentication().getName()).replaceAll("\\p{Cntrl}", "");
		actions.record(new StaffAction(StaffActions.now(), typed, StaffActions.SIGN_IN_FAILED, "/login", 401));
	}

}
