package io.tsutawaru.notifier.delivery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Reach;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts reach from the delivery ledger: a LINE batch the API accepted reached all its
 * residents, an e-mail reached the addresses the mail server accepted. Residents reached
 * on both count once overall.
 */
@Component
public class DeliveryReach {

	private final JdbcClient jdbc;

	private final BatchTable batches;

	DeliveryReach(JdbcClient jdbc, BatchTable batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	public Reach of(long noticeId, int revision) {
		Map<Channel, Long> reached = new EnumMap<>(Channel.class);
		Map<Channel, Long> failed = new EnumMap<>(Channel.class);
		Set<Long> residents = new HashSet<>();
		long broadcastFollowers = 0;
		for (BatchTable.Row row : batches.ofRevision(noticeId, revision)) {
			DeliveryBatch batch = row.batch();
			Set<String> mailed = batch.channel() == Channel.EMAIL ? acceptedAddresses(batch.id()) : Set.of();
			if (batch.channel() == Channel.LINE && batch.broadcast() && BatchTable.SENT.equals(row.state())) {
				broadcastFollowers += row.planned();
			}
			for (DeliveryBatch.Address address : batch.recipients()) {
				boolean ok = batch.channel() == Channel.LINE ? BatchTable.SENT.equals(row.state())
						: mailed.contains(address.value());
				if (ok && address.subscriberId() > 0) {
					residents.add(address.subscriberId());
				}
			}
		}
		jdbc.sql(
				"SELECT channel, SUM(sent), SUM(failed) FROM delivery_batches WHERE notice_id = ? AND revision = ? GROUP BY channel")
			.params(noticeId, revision)
			.query(rs -> {
				reached.put(Channel.valueOf(rs.getString(1)), rs.getLong(2));
				failed.put(Channel.valueOf(rs.getString(1)), rs.getLong(3));
			});
		return new Reach(noticeId, revision, residents.size() + broadcastFollowers, reached, failed,
				failures(noticeId, revision));
	}

	private Set<String> acceptedAddresses(long batchId) {
		return new HashSet<>(jdbc.sql("SELECT address FROM email_deliveries WHERE batch_id = ? AND state = 'SENT'")
			.param(batchId)
			.query(String.class)
			.list());
	}

	/**
	 * Batch errors per channel, and per-address SMTP refusals grouped by the server's
	 * reason.
	 */
	private List<Reach.Failure> failures(long noticeId, int revision) {
		List<Reach.Failure> failures = new ArrayList<>();
		jdbc.sql(
				"SELECT channel, error, SUM(failed) FROM delivery_batches WHERE notice_id = ? AND revision = ? AND failed > 0 "
						+ "AND channel <> 'EMAIL' GROUP BY channel, error ORDER BY channel")
			.params(noticeId, revision)
			.query(rs -> {
				failures.add(new Reach.Failure(Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)));
			});
		jdbc.sql("SELECT d.reason, COUNT(*) FROM email_deliveries d JOIN delivery_batches b ON b.id = d.batch_id "
				+ "WHERE b.notice_id = ? AND b.revision = ? AND d.state = 'FAILED' GROUP BY d.reason ORDER BY d.reason")
			.params(noticeId, revision)
			.query(rs -> {
				failures.add(new Reach.Failure(Channel.EMAIL, rs.getString(1), rs.getLong(2)));
			});
		jdbc.sql(
				"SELECT error, SUM(failed) FROM delivery_batches WHERE notice_id = ? AND revision = ? AND channel = 'EMAIL' "
						+ "AND state = 'FAILED' GROUP BY error")
			.params(noticeId, revision)
			.query(rs -> {
				failures.add(new Reach.Failure(Channel.EMAIL, rs.getString(1), rs.getLong(2)));
			});
		return failures;
	}

}
