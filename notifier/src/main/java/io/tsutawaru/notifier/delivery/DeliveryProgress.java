package io.tsutawaru.notifier.delivery;

import java.util.EnumMap;
import java.util.Map;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeView.ChannelProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts from the delivery ledger: what was planned, sent and failed per channel. */
@Component
public class DeliveryProgress {

	private final JdbcClient jdbc;

	DeliveryProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per channel, for one published version of a notice as it was sent: its escalation's
	 * batches are of the same version but are not counted here ({@link #escalation}).
	 */
	public Map<Channel, ChannelProgress> of(long noticeId, int revision) {
		return progress(
				"SELECT channel, SUM(planned), SUM(sent), SUM(failed) FROM delivery_batches "
						+ "WHERE notice_id = ? AND revision = ? AND NOT escalation GROUP BY channel",
				noticeId, revision);
	}

	/**
	 * Per channel, the notice sent again to residents who had not answered (issue 18):
	 * planned counts those still unanswered when their batch was sent, so a batch whose
	 * residents answered meanwhile is done, never short of 100 %. Empty before (or
	 * without) an escalation.
	 */
	public Map<Channel, ChannelProgress> escalation(long noticeId) {
		return progress("SELECT channel, SUM(planned - skipped_answered), SUM(sent), SUM(failed) "
				+ "FROM delivery_batches WHERE notice_id = ? AND escalation GROUP BY channel", noticeId);
	}

	private Map<Channel, ChannelProgress> progress(String sql, Object... params) {
		Map<Channel, ChannelProgress> progress = new EnumMap<>(Channel.class);
		jdbc.sql(sql).params(params).query(rs -> {
			progress.put(Channel.valueOf(rs.getString(1)),
					new ChannelProgress(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
		});
		return progress;
	}

	/**
	 * Whether every batch of the version is finished and the plan is complete; null while
	 * it is not, otherwise whether anything failed. Asked once per finished batch, so
	 * while a notice is sending it stops at the first batch still planned (EXISTS) and
	 * looks for failures only once nothing is left: counting both over the whole plan, a
	 * fan-out of a thousand batches read its plan two thousand times.
	 */
	public Boolean finishedWithFailures(long noticeId, int revision) {
		return jdbc
			.sql("SELECT CASE WHEN p.planned_revision >= ? AND p.recipients_planned_revision >= ? AND NOT EXISTS "
					+ "(SELECT 1 FROM delivery_batches b WHERE b.notice_id = p.notice_id AND b.revision = ? AND b.state = 'PLANNED') "
					+ "THEN EXISTS (SELECT 1 FROM delivery_batches b WHERE b.notice_id = p.notice_id AND b.revision = ? "
					+ "AND b.failed > 0) END FROM delivery_plans p WHERE p.notice_id = ?")
			.params(revision, revision, revision, revision, noticeId)
			.query((rs, n) -> {
				boolean failures = rs.getBoolean(1);
				return rs.wasNull() ? null : (Boolean) failures;
			})
			.optional()
			.orElse(null);
	}

}
