package io.tsutawaru.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of staff's changes, in the service's database. */
@Component
public class StaffActions {

	static final String SIGN_IN = "SIGN-IN";

	private final JdbcClient jdbc;

	StaffActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(StaffAction action) {
		jdbc.sql("INSERT INTO staff_actions (at, username, action, path, status) VALUES (?, ?, ?, ?, ?)")
			.params(Timestamp.from(action.at()), action.username(), action.action(), truncate(action.path(), 500),
					action.status())
			.update();
	}

	/** The latest changes, newest first. */
	public List<StaffAction> recent(int limit) {
		return jdbc.sql("SELECT at, username, action, path, status FROM staff_actions ORDER BY at DESC, id DESC LIMIT ?")
			.param(limit)
			.query((row, index) -> new StaffAction(row.getTimestamp("at").toInstant(), row.getString("username"),
					row.getString("action"), row.getString("path"), row.getInt("status")))
			.list();
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	static Instant now() {
		return Instant.now();
	}

}
