package io.tsutawaru.notifier;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifier's figures for the daily report: how the notices sent in a period were
 * delivered.
 */
@Component("notifier.deliveryFigures")
public class DeliveryFigures {

	private final JdbcClient jdbc;

	DeliveryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per notice first sent from {@code from} (inclusive) to {@code to} (exclusive) and
	 * per channel: its planned, sent and failed deliveries over all its versions, by
	 * notice and channel (a stable order, so a report copied in chunks can continue where
	 * it stopped).
	 */
	public List<NoticeDeliveries> sentBetween(OffsetDateTime from, OffsetDateTime to) {
		return jdbc
			.sql("SELECT n.id, n.title, b.channel, SUM(b.planned), SUM(b.sent), SUM(b.failed) FROM notices n "
					+ "JOIN delivery_batches b ON b.notice_id = n.id WHERE n.sent_at >= ? AND n.sent_at < ? "
					+ "GROUP BY n.id, n.title, b.channel ORDER BY n.id, b.channel")
			.params(from, to)
			.query((rs, n) -> new NoticeDeliveries(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	/**
	 * @param noticeId the notice
	 * @param title its title
	 * @param channel the channel ({@link Channel}'s name)
	 * @param planned deliveries planned
	 * @param sent deliveries sent
	 * @param failed deliveries that failed
	 */
	public record NoticeDeliveries(long noticeId, String title, String channel, long planned, long sent, long failed) {
	}

}
