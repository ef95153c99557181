package io.tsutawaru.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which staff actions to list or export. Every part is optional ({@code null} or blank
 * for any).
 *
 * @param username exactly this member of staff (or the name typed at a failed sign-in)
 * @param kind one kind of action
 * @param from at or after this instant
 * @param until before this instant
 */
public record AuditFilter(String username, Kind kind, Instant from, Instant until) {

	/** No filter: every action. */
	public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

	/** The kinds staff filter by; the HTTP methods of changes are one kind. */
	public enum Kind {

		/** A sign-in to the console. */
		SIGN_IN,
		/** A sign-in refused: wrong password, unknown or disabled account. */
		SIGN_IN_FAILED,
		/** A change through the console or the API. */
		CHANGE,
		/** A reading of residents' personal data. */
		READ

	}

	/** The SQL condition and its parameters, in order. */
	record Where(String sql, List<Object> params) {
	}

	Where where() {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		conditions.add("1 = 1");
		if (username != null && !username.isBlank()) {
			conditions.add("username = ?");
			// PostgreSQL refuses a NUL in text (an error, not "no match"); no user name
			// holds one.
			params.add(username.replace("\u0000", "").strip());
		}
		if (kind != null) {
			conditions.add(switch (kind) {
				case SIGN_IN -> "action = '" + StaffActions.SIGN_IN + "'";
				case SIGN_IN_FAILED -> "action = '" + StaffActions.SIGN_IN_FAILED + "'";
				case READ -> "action = '" + StaffActions.READ + "'";
				case CHANGE -> "action NOT IN ('" + StaffActions.SIGN_IN + "', '" + StaffActions.SIGN_IN_FAILED + "', '"
						+ StaffActions.READ + "')";
			});
		}
		if (from != null) {
			conditions.add("at >= ?");
			params.add(Timestamp.from(from));
		}
		if (until != null) {
			conditions.add("at < ?");
			params.add(Timestamp.from(until));
		}
		return new Where(String.join(" AND ", conditions), params);
	}

}
