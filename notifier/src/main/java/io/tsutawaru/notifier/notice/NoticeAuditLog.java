package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.tsutawaru.notifier.AuditEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who did what to which notice, and when. Rows are only ever added. */
@Component
class NoticeAuditLog {

	private final JdbcClient jdbc;

	NoticeAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long noticeId, String actor, String action, String detail) {
		jdbc.sql("INSERT INTO notice_audit (notice_id, actor, action, detail, at) VALUES (?, ?, ?, ?, ?)")
			.params(noticeId, actor, action, detail, NoticeTable.at(Instant.now()))
			.update();
	}

	List<AuditEntry> history(long noticeId) {
		return jdbc.sql("SELECT notice_id, actor, action, detail, at FROM notice_audit WHERE notice_id = ? ORDER BY id")
			.param(noticeId)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

}
