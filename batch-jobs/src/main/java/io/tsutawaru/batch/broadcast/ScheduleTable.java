package io.tsutawaru.batch.broadcast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.tsutawaru.batch.BroadcastSchedules.Frequency;
import io.tsutawaru.batch.BroadcastSchedules.HandedOver;
import io.tsutawaru.batch.BroadcastSchedules.Recurrence;
import io.tsutawaru.batch.BroadcastSchedules.Schedule;
import io.tsutawaru.batch.BroadcastSchedules.Template;
import io.tsutawaru.notifier.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code batch_broadcast_schedules} and {@code batch_broadcast_occurrences}. */
@Repository("batch.scheduleTable")
class ScheduleTable {

	private static final String COLUMNS = "id, title, body, link, topic, channels, segment_rule, frequency, time_of_day, "
			+ "day_of_week, day_of_month, created_by, approved_by, active, created_at";

	private final JdbcClient jdbc;

	ScheduleTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Template t, Recurrence r, String createdBy, boolean active, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO batch_broadcast_schedules (title, body, link, topic, channels, segment_rule, frequency, "
				+ "time_of_day, day_of_week, day_of_month, created_by, approved_by, active, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")
			.params(t.title(), t.body(), t.link(), t.topic(),
					t.channels().stream().map(Channel::id).sorted().collect(Collectors.joining(",")), t.segmentRule(),
					r.frequency().name(), r.at().toString(), r.dayOfWeek() == null ? null : r.dayOfWeek().getValue(),
					r.dayOfMonth(), createdBy, active, now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean approve(long id, String approver) {
		return jdbc.sql(
				"UPDATE batch_broadcast_schedules SET approved_by = ?, active = TRUE WHERE id = ? AND approved_by IS NULL")
			.params(approver, id)
			.update() == 1;
	}

	void stop(long id) {
		jdbc.sql("UPDATE batch_broadcast_schedules SET active = FALSE WHERE id = ?").param(id).update();
	}

	Optional<Schedule> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM batch_broadcast_schedules WHERE id = ?")
			.param(id)
			.query(this::row)
			.optional();
	}

	List<Schedule> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM batch_broadcast_schedules ORDER BY id DESC")
			.query(this::row)
			.list();
	}

	List<Schedule> active() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM batch_broadcast_schedules WHERE active = TRUE ORDER BY id")
			.query(this::row)
			.list();
	}

	/** Whether this occurrence was already handed to the notifier. */
	boolean taken(long scheduleId, Instant occurrence) {
		return jdbc.sql("SELECT COUNT(*) FROM batch_broadcast_occurrences WHERE schedule_id = ? AND occurrence = ?")
			.params(scheduleId, occurrence.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Claims an occurrence; false when another process claimed it first. A second insert
	 * of the same key waits for the first transaction and then does nothing (or takes the
	 * claim, if that transaction rolled back).
	 */
	boolean claim(long scheduleId, Instant occurrence, Instant now) {
		// ON CONFLICT rather than catching the duplicate key: PostgreSQL aborts a
		// transaction after any error.
		return jdbc
			.sql("INSERT INTO batch_broadcast_occurrences (schedule_id, occurrence, handed_over_at) VALUES (?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
			.params(scheduleId, occurrence.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** The latest occurrences of a schedule handed to the notifier, newest first. */
	List<HandedOver> handedOver(long scheduleId, int limit) {
		return jdbc
			.sql("SELECT occurrence, handed_over_at, notice_id FROM batch_broadcast_occurrences WHERE schedule_id = ? "
					+ "ORDER BY occurrence DESC")
			.param(scheduleId)
			.withMaxRows(limit)
			.query((rs, n) -> new HandedOver(rs.getObject("occurrence", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("handed_over_at", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null),
					rs.getObject("notice_id", Long.class)))
			.list();
	}

	void recordNotice(long scheduleId, Instant occurrence, long noticeId) {
		jdbc.sql("UPDATE batch_broadcast_occurrences SET notice_id = ? WHERE schedule_id = ? AND occurrence = ?")
			.params(noticeId, scheduleId, occurrence.atOffset(ZoneOffset.UTC))
			.update();
	}

	private Schedule row(ResultSet rs, int n) throws SQLException {
		var channels = Arrays.stream(rs.getString("channels").split(","))
			.filter(s -> !s.isBlank())
			.map(Channel::of)
			.collect(Collectors.toSet());
		int weekday = rs.getInt("day_of_week");
		Integer weekdayOrNull = rs.wasNull() ? null : weekday;
		int monthDay = rs.getInt("day_of_month");
		Integer monthDayOrNull = rs.wasNull() ? null : monthDay;
		return new Schedule(rs.getLong("id"),
				new Template(rs.getString("title"), rs.getString("body"), rs.getString("link"), rs.getString("topic"),
						channels, rs.getString("segment_rule")),
				new Recurrence(Frequency.valueOf(rs.getString("frequency")),
						LocalTime.parse(rs.getString("time_of_day")),
						weekdayOrNull == null ? null : DayOfWeek.of(weekdayOrNull), monthDayOrNull),
				rs.getString("created_by"), rs.getString("approved_by"), rs.getBoolean("active"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
