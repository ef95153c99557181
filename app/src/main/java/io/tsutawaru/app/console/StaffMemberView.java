package io.tsutawaru.app.console;

import java.util.Set;

import io.tsutawaru.app.security.StaffRole;

/**
 * The signed-in member of staff as the pages see them: the name in the header and which
 * parts of the menu to show. Hiding a link is only for clarity; the server refuses every
 * page and call a role may not use.
 *
 * @param name the login name
 * @param roles every role the member holds, ADMIN's implied roles included
 */
record StaffMemberView(String name, Set<StaffRole> roles) {

	public boolean pr() {
		return roles.contains(StaffRole.PR);
	}

	public boolean emergency() {
		return roles.contains(StaffRole.EMERGENCY);
	}

	public boolean kbEditor() {
		return roles.contains(StaffRole.KB_EDITOR);
	}

	public boolean desk() {
		return roles.contains(StaffRole.DESK);
	}

	public boolean admin() {
		return roles.contains(StaffRole.ADMIN);
	}

}
