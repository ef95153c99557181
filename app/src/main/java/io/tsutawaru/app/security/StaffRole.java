package io.tsutawaru.app.security;

/** What a member of staff may do. ADMIN includes every other role. */
public enum StaffRole {

	/** 広報: writes, approves and schedules broadcasts. */
	PR,
	/** 危機管理: sends, updates and cancels emergency alerts. */
	EMERGENCY,
	/** Department staff keeping FAQ answers correct. */
	KB_EDITOR,
	/**
	 * 窓口: department staff who answer residents — their hand-offs to a person and their
	 * reports (photos and places). Both hold residents' personal data, so they are this
	 * role's alone (and ADMIN's); every reading is audited.
	 */
	DESK,
	/** Runs jobs, reads the audit log, manages accounts. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
