package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery ledger's personal data: who each finished batch went to (LINE user ids, e-mail addresses) and the
 * per-address e-mail outcomes. The batch rows themselves stay, with their planned, sent and failed counts, so
 * delivery reports over old notices remain right.
 */
@Component("retention.deliveryRecipients")
class DeliveryRecipients implements RetentionRule {

	private final NamedParameterJdbcTemplate jdbc;

	DeliveryRecipients(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "eraseDeliveryRecipients";
	}

	@Override
	public String table() {
		return "delivery_batches";
	}

	@Override
	public Duration keep(BatchProperties.Retention policy) {
		return policy.deliveries();
	}

	@Override
	public String expiredIds() {
		// Only finished batches: a planned one may still be retried and needs its recipients.
		return "SELECT id FROM delivery_batches WHERE state IN ('SENT', 'FAILED') AND done_at < :cutoff "
				+ "AND recipients <> '' AND id > :after ORDER BY id";
	}

	@Override
	public int purge(List<Long> ids) {
		jdbc.update("DELETE FROM email_deliveries WHERE batch_id IN (:ids)", Map.of("ids", ids));
		return jdbc.update("UPDATE delivery_batches SET recipients = '' WHERE id IN (:ids) AND state IN ('SENT', 'FAILED')",
				Map.of("ids", ids));
	}

}
