package io.tsutawaru.bot;

import java.time.Instant;

/**
 * One thing staff did to a report: a status change (with what they told the resident) or
 * an assignment.
 *
 * @param at when
 * @param by the member of staff (their sign-in name)
 * @param status the status it was changed to, or {@code null} when this was an assignment
 * @param department the department it was assigned to, or {@code null} (a status change,
 * or an assignment taken back: see {@link #assignment()})
 * @param note what staff told the resident with a status change, or {@code null}
 */
public record ReportChange(Instant at, String by, ReportStatus status, String department, String note) {

	/**
	 * Whether this was an assignment to a department (or its removal) rather than a
	 * status change.
	 */
	public boolean assignment() {
		return status == null;
	}

}
