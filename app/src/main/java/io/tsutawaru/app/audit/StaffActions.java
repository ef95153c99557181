package io.tsutawaru.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of staff's changes and of their readings of residents' personal data, in the
 * service's database.
 */
@Component
public class StaffActions {

	static final String SIGN_IN = "SIGN-IN";

	static final String READ = "READ";

	/**
	 * A refused sign-in; kept so that guessing shows in the log after a restart (the
	 * throttle forgets).
	 */
	static final String SIGN_IN_FAILED = "SIGN-FAIL";

	private static final String COLUMNS = "id, at, username, action, path, status, subjects";

	/**
	 * Longer lists of records read (a page of 200 reports) are cut here; the path still
	 * says which page it was.
	 */
	private static final int MAX_SUBJECTS = 4000;

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	StaffActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(StaffAction action) {
		jdbc.sql("INSERT INTO staff_actions (at, username, action, path, status, subjects) VALUES (?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(action.at()), truncate(action.username(), 100), action.action(),
					truncate(action.path(), 500), action.status(),
					action.subjects() == null ? null : truncate(action.subjects(), MAX_SUBJECTS))
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

	/** How many actions match the filter. */
	public long count(AuditFilter filter) {
		AuditFilter.Where where = filter.where();
		return jdbc.sql("SELECT COUNT(*) FROM staff_actions WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** One page of the actions that match the filter, newest first. */
	public List<StaffAction> page(AuditFilter filter, long offset, int limit) {
		AuditFilter.Where where = filter.where();
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		params.add(offset);
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM staff_actions WHERE " + where.sql()
					+ " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query((row, index) -> action(row))
			.list();
	}

	/**
	 * Every action that matches the filter, newest recorded first, read a chunk at a time
	 * (by id, so that actions recorded meanwhile neither repeat nor shift a row out),
	 * however long the log is.
	 */
	public void each(AuditFilter filter, Consumer<StaffAction> each) {
		AuditFilter.Where where = filter.where();
		long before = Long.MAX_VALUE;
		while (true) {
			List<Object> params = new ArrayList<>(where.params());
			params.add(before);
			params.add(CHUNK);
			List<Map.Entry<Long, StaffAction>> chunk = jdbc
				.sql("SELECT " + COLUMNS + " FROM staff_actions WHERE " + where.sql()
						+ " AND id < ? ORDER BY id DESC LIMIT ?")
				.params(params)
				.query((row, index) -> Map.entry(row.getLong("id"), action(row)))
				.list();
			chunk.forEach(entry -> each.accept(entry.getValue()));
			if (chunk.size() < CHUNK) {
				return;
			}
			before = chunk.getLast().getKey();
		}
	}

	private static StaffAction action(ResultSet row) throws SQLException {
		return new StaffAction(row.getTimestamp("at").toInstant(), row.getString("username"), row.getString("action"),
				row.getString("path"), row.getInt("status"), row.getString("subjects"));
	}

	private List<StaffAction> query(String where, int limit) {
		return jdbc
			.sql("SELECT at, username, action, path, status, subjects FROM staff_actions WHERE " + where
					+ " ORDER BY at DESC, id DESC LIMIT ?")
			.param(limit)
			.query((row, index) -> action(row))
			.list();
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	static Instant now() {
		return Instant.now();
	}

}
