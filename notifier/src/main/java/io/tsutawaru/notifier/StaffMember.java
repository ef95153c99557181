package io.tsutawaru.notifier;

import java.util.Set;

/**
 * The member of staff acting on a notice, as the audit records them.
 *
 * @param name the login name
 * @param roles the roles without the {@code ROLE_} prefix: PR, EMERGENCY, KB_EDITOR,
 * ADMIN
 */
public record StaffMember(String name, Set<String> roles) {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	/** Emergency staff (and administrators) send at once and may send emergencies. */
	public boolean mayIssueEmergencies() {
		return roles.contains("EMERGENCY") || roles.contains("ADMIN");
	}

	/**
	 * PR staff (and administrators) approve, or return, the PR notices a colleague wrote
	 * or changed.
	 */
	public boolean mayReviewPrNotices() {
		return roles.contains("PR") || roles.contains("ADMIN");
	}

}
