package io.tsutawaru.app.audit;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;

/** Records each sign-in to the console (the changes themselves are recorded by {@link StaffActionAuditFilter}). */
@Component
class SignInAudit {

	private final StaffActions actions;

	SignInAudit(StaffActions actions) {
		this.actions = actions;
	}

	/** Form sign-ins only: every API call authenticates afresh and is recorded as the change it asks for. */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		actions.record(new StaffAction(StaffActions.now(), event.getAuthentication().getName(), StaffActions.SIGN_IN,
				"/login", 200));
	}

}
