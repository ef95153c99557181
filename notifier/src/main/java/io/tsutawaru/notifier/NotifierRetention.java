package io.tsutawaru.notifier;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifier's retention operations (docs/retention.md): which of its rows hold
 * personal data past a cutoff, and their removal. The retention job decides when and in
 * what chunks; the notifier alone knows its tables. Each pair is a query for the ids
 * after {@code after} (ascending, at most {@code limit}) and a purge of such ids, meant
 * for the caller's transaction. A missing table fails the query: a rule never quietly
 * deletes nothing.
 */
@Component("notifier.retention")
public class NotifierRetention {

	private final JdbcClient jdbc;

	NotifierRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Residents who unfollowed the LINE account before the cutoff and receive nothing by
	 * e-mail either. One who left LINE but still receives e-mail is still a subscriber
	 * and is never taken.
	 */
	public List<Long> leftSubscribersBefore(OffsetDateTime cutoff, long after, int limit) {
		return ids("SELECT id FROM subscribers WHERE active = FALSE AND (email IS NULL OR email_confirmed = FALSE) "
				+ "AND updated_at < ? AND id > ? ORDER BY id LIMIT ?", cutoff, after, limit);
	}

	/**
	 * Deletes these residents who left (attributes, interests and LINE user id; interests
	 * by ON DELETE CASCADE).
	 */
	public int forgetLeftSubscribers(List<Long> ids) {
		return jdbc.sql("DELETE FROM subscribers WHERE id IN (:ids) AND active = FALSE").param("ids", ids).update();
	}

	/**
	 * Delivery batches finished (sent or failed) before the cutoff that still name their
	 * recipients. A planned batch may still be retried and needs them, so it is never
	 * taken.
	 */
	public List<Long> finishedDeliveriesBefore(OffsetDateTime cutoff, long after, int limit) {
		return ids("SELECT id FROM delivery_batches WHERE state IN ('SENT', 'FAILED') AND done_at < ? "
				+ "AND recipients <> '' AND id > ? ORDER BY id LIMIT ?", cutoff, after, limit);
	}

	/**
	 * Erases who these finished batches went to (LINE user ids, e-mail addresses), their
	 * per-address e-mail outcomes and the residents an escalation's batch left out
	 * because they had answered. The batches stay with their planned, sent and failed
	 * counts, so reports over old notices remain right.
	 */
	public int eraseDeliveryRecipients(List<Long> ids) {
		jdbc.sql("DELETE FROM email_deliveries WHERE batch_id IN (:ids)").param("ids", ids).update();
		jdbc.sql("DELETE FROM escalation_skips WHERE batch_id IN (:ids)").param("ids", ids).update();
		return jdbc
			.sql("UPDATE delivery_batches SET recipients = '' WHERE id IN (:ids) AND state IN ('SENT', 'FAILED')")
			.param("ids", ids)
			.update();
	}

	private List<Long> ids(String sql, OffsetDateTime cutoff, long after, int limit) {
		return jdbc.sql(sql).params(cutoff, after, limit).query(Long.class).list();
	}

}
