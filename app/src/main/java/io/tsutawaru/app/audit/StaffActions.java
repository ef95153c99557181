package io.tsutawaru.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of staff's changes and of their readings of residents' personal data, in the service's database. */
@Component
public class StaffActions {

	static final String SIGN_IN = "SIGN-IN";

	static final String READ = "READ";

	/** Longer lists of records read (a page of 200 reports) are cut here; the path still says which page it was. */
	private static final int MAX_SUBJECTS = 4000;

	private final JdbcClient jdbc;

	StaffActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(StaffAction action) {
		jdbc.sql("INSERT INTO staff_actions (at, username, action, path, status, subjects) VALUES (?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(action.at()), action.username(), action.action(), truncate(action.path(), 500),
					action.status(), action.subjects() == null ? null : truncate(action.subjects(), MAX_SUBJECTS))
			.update();
	}

	/** The latest changes and sign-ins, newest first. */
	public List<StaffAction> recent(int limit) {
		return query("action <> '" + READ + "'", limit);
	}

	/** The latest readings of residents' personal data, newest first. */
	public List<StaffAction> reads(int limit) {
		return query("action = '" + READ + "'", limit);
	}

	private List<StaffAction> query(String where, int limit) {
		return jdbc.sql("SELECT at, username, action, path, status, subjects FROM staff_actions WHERE " + where
				+ " ORDER BY at DESC, id DESC LIMIT ?")
			.param(limit)
			.query((row, index) -> new StaffAction(row.getTimestamp("at").toInstant(), row.getString("username"),
					row.getString("action"), row.getString("path"), row.getInt("status"), row.getString("subjects")))
			.list();
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	static Instant now() {
		return Instant.now();
	}

}
