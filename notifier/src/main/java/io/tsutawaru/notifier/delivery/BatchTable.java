package io.tsutawaru.notifier.delivery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.delivery.DeliveryBatch.Address;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code delivery_batches}: the plan, and what became of each batch. */
@Repository
class BatchTable {

	static final String PLANNED = "PLANNED";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	BatchTable(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Writes planned batches in one JDBC batch and returns their ids, in order. */
	List<Long> insert(List<DeliveryBatch> batches, int plannedBroadcast) {
		if (batches.isEmpty()) {
			return List.of();
		}
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		var keys = new GeneratedKeyHolder();
		template.batchUpdate(c -> c
			.prepareStatement("INSERT INTO delivery_batches (notice_id, revision, channel, language, "
					+ "emergency, recipients, planned, state, retry_key, planned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" }),
				new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						DeliveryBatch b = batches.get(i);
						ps.setLong(1, b.noticeId());
						ps.setInt(2, b.revision());
						ps.setString(3, b.channel().name());
						ps.setString(4, b.language());
						ps.setBoolean(5, b.emergency());
						ps.setString(6, encode(b.recipients()));
						ps.setInt(7, b.broadcast() ? plannedBroadcast(b, plannedBroadcast) : b.recipients().size());
						ps.setString(8, PLANNED);
						ps.setString(9, b.retryKey());
						ps.setObject(10, now);
					}

					@Override
					public int getBatchSize() {
						return batches.size();
					}
				}, keys);
		List<Long> ids = new ArrayList<>();
		for (Map<String, Object> key : keys.getKeyList()) {
			ids.add(((Number) key.values().iterator().next()).longValue());
		}
		return ids;
	}

	/** A LINE broadcast counts its followers; a document counts one. */
	private static int plannedBroadcast(DeliveryBatch batch, int followers) {
		return batch.channel() == Channel.LINE ? followers : 1;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("SELECT * FROM delivery_batches WHERE id = ?").param(id).query(this::row).optional();
	}

	List<Row> ofRevision(long noticeId, int revision) {
		return jdbc.sql("SELECT * FROM delivery_batches WHERE notice_id = ? AND revision = ? ORDER BY id")
			.params(noticeId, revision)
			.query(this::row)
			.list();
	}

	void markQueued(List<Long> ids) {
		template.batchUpdate("UPDATE delivery_batches SET queued = TRUE WHERE id = ?",
				ids.stream().map(id -> new Object[] { id }).toList());
	}

	/**
	 * Marks every unfinished batch as not on the stream, so that the sweeper puts it
	 * there again: for when Redis lost the streams. A batch that is queued twice is still
	 * delivered once (its state is checked first).
	 */
	int requeueUnfinished() {
		return jdbc.sql("UPDATE delivery_batches SET queued = FALSE WHERE state = ? AND queued = TRUE")
			.param(PLANNED)
			.update();
	}

	/**
	 * Batches planned but never put on the stream (the planner died in between), oldest
	 * first.
	 */
	List<Row> unqueued(Instant plannedBefore) {
		return jdbc
			.sql("SELECT * FROM delivery_batches WHERE queued = FALSE AND state = ? AND planned_at < ? ORDER BY id")
			.params(PLANNED, plannedBefore.atOffset(ZoneOffset.UTC))
			.query(this::row)
			.list();
	}

	void attempted(long id) {
		jdbc.sql("UPDATE delivery_batches SET attempts = attempts + 1 WHERE id = ?").param(id).update();
	}

	/**
	 * Takes the batch's lease for {@code holder} until {@code until}: when the batch is
	 * still planned and nobody else holds a lease that has not run out. False when
	 * another worker holds it or the batch is finished.
	 */
	boolean lease(long id, String holder, Instant until) {
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		return jdbc
			.sql("UPDATE delivery_batches SET leased_by = ?, leased_until = ? WHERE id = ? AND state = ? "
					+ "AND (leased_until IS NULL OR leased_until < ? OR leased_by = ?)")
			.params(holder, until.atOffset(ZoneOffset.UTC), id, PLANNED, now, holder)
			.update() == 1;
	}

	/**
	 * Extends the holder's lease; false when it ran out and another worker took it
	 * meanwhile.
	 */
	boolean renewLease(long id, String holder, Instant until) {
		return jdbc.sql("UPDATE delivery_batches SET leased_until = ? WHERE id = ? AND leased_by = ?")
			.params(until.atOffset(ZoneOffset.UTC), id, holder)
			.update() == 1;
	}

	/**
	 * Records the outcome once: a second worker finishing the same batch changes nothing.
	 */
	boolean finish(long id, String state, int sent, int failed, String error) {
		return jdbc
			.sql("UPDATE delivery_batches SET state = ?, sent = ?, failed = ?, error = ?, done_at = ? "
					+ "WHERE id = ? AND state = ?")
			.params(state, sent, failed, error, Instant.now().atOffset(ZoneOffset.UTC), id, PLANNED)
			.update() == 1;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		var batch = new DeliveryBatch(rs.getLong("id"), rs.getLong("notice_id"), rs.getInt("revision"),
				Channel.valueOf(rs.getString("channel")), rs.getString("language"), rs.getBoolean("emergency"),
				decode(rs.getString("recipients")), rs.getString("retry_key"));
		return new Row(batch, rs.getString("state"), rs.getInt("planned"), rs.getInt("attempts"),
				rs.getBoolean("escalation"));
	}

	static String newRetryKey() {
		return UUID.randomUUID().toString();
	}

	private static String encode(List<Address> recipients) {
		StringBuilder text = new StringBuilder(recipients.size() * 40);
		for (Address a : recipients) {
			text.append(a.subscriberId()).append('\t').append(a.value()).append('\n');
		}
		return text.toString();
	}

	private static List<Address> decode(String text) {
		List<Address> recipients = new ArrayList<>();
		for (String line : text.split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				recipients.add(new Address(Long.parseLong(line.substring(0, tab)), line.substring(tab + 1)));
			}
		}
		return recipients;
	}

	/**
	 * A batch with its bookkeeping.
	 *
	 * @param planned the recipients it is to reach (for an escalation's batch that was
	 * screened, those left once the residents who had answered were taken out)
	 * @param escalation whether it sends a notice again to residents who had not answered
	 */
	record Row(DeliveryBatch batch, String state, int planned, int attempts, boolean escalation) {

		/** This batch for fewer recipients: those still to reach. */
		Row reaching(List<Address> recipients) {
			DeliveryBatch b = batch;
			return new Row(new DeliveryBatch(b.id(), b.noticeId(), b.revision(), b.channel(), b.language(),
					b.emergency(), List.copyOf(recipients), b.retryKey()), state, recipients.size(), attempts,
					escalation);
		}

	}

}
