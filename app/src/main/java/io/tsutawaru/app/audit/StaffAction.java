package io.tsutawaru.app.audit;

import java.time.Instant;

/**
 * One change a member of staff made, or one reading of residents' personal data.
 *
 * @param action {@code SIGN-IN}, {@code READ} (personal data was shown), or the HTTP
 * method of the change ({@code POST}, {@code PUT}, {@code DELETE}…)
 * @param path the address acted on, without its query
 * @param status the HTTP status the service answered (a 403 is a refused attempt, and
 * worth seeing)
 * @param subjects for a reading, the records read by their ids ({@code handoff:12},
 * {@code report:R-000007}, {@code report-photo:R-000007}), comma-separated; {@code null}
 * for changes, whose path names them
 */
public record StaffAction(Instant at, String username, String action, String path, int status, String subjects) {

	/** A change or a sign-in: the path says what it concerned. */
	public StaffAction(Instant at, String username, String action, String path, int status) {
		this(at, username, action, path, status, null);
	}

	/** Whether this is a reading of personal data rather than a change. */
	public boolean read() {
		return StaffActions.READ.equals(action);
	}

}
