package io.tsutawaru.bot.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.tsutawaru.bot.ReportChange;
import io.tsutawaru.bot.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code bot_report_changes} table: who changed a report's status or department, and
 * when.
 */
@Component
class ReportChanges {

	private final JdbcClient jdbc;

	ReportChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long reportId, ReportChange change) {
		jdbc.sql("""
				INSERT INTO bot_report_changes (report_id, status, department, note, changed_by, changed_at)
				VALUES (:report, :status, :department, :note, :by, :at)""")
			.param("report", reportId)
			.param("status", change.status() == null ? null : change.status().name())
			.param("department", change.department())
			.param("note", change.note())
			.param("by", change.by())
			.param("at", OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC))
			.update();
	}

	List<ReportChange> of(long reportId) {
		return jdbc.sql("""
				SELECT status, department, note, changed_by, changed_at FROM bot_report_changes
				WHERE report_id = :report ORDER BY id""")
			.param("report", reportId)
			.query((rs, row) -> new ReportChange(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getString("changed_by"),
					rs.getString("status") == null ? null : ReportStatus.valueOf(rs.getString("status")),
					rs.getString("department"), rs.getString("note")))
			.list();
	}

}
