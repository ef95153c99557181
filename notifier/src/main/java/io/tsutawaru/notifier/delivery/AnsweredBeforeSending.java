package io.tsutawaru.notifier.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tsutawaru.notifier.delivery.DeliveryBatch.Address;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the residents who answered out of an escalation's batch before it is sent: the
 * batches are written when the escalation is planned, and a resident who answered since
 * must not get the alert again. The first worker to send the batch screens it, in one
 * statement for the whole batch, and records whom it left out ({@code escalation_skips},
 * with when they had answered) in the same transaction as the mark that the batch was
 * screened. Every later attempt of the batch (a retry, a re-run after a crash) reads that
 * record instead of screening again, so all of them send to the same residents: LINE's
 * retry key is for the same request, and the e-mail ledger skips the addresses it already
 * accepted, so nobody gets the batch twice. A resident who answers after the screening
 * was sent the alert, or is being sent it; nothing is taken back.
 */
@Component
class AnsweredBeforeSending {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	AnsweredBeforeSending(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * The batch to send: as it is for a first send, without the residents who had
	 * answered by its screening for an escalation.
	 */
	BatchTable.Row screen(BatchTable.Row row) {
		DeliveryBatch batch = row.batch();
		if (!row.escalation() || batch.broadcast()) {
			return row;
		}
		transactions.executeWithoutResult(status -> screenOnce(batch));
		Set<Long> answered = new HashSet<>(jdbc.sql("SELECT subscriber_id FROM escalation_skips WHERE batch_id = ?")
			.param(batch.id())
			.query(Long.class)
			.list());
		if (answered.isEmpty()) {
			return row;
		}
		List<Address> unanswered = batch.recipients()
			.stream()
			.filter(recipient -> !answered.contains(recipient.subscriberId()))
			.toList();
		return row.reaching(unanswered);
	}

	/**
	 * The mark comes first: its row lock makes a second screener (a worker whose lease
	 * ran out while it stalled) wait, and then find the batch screened.
	 */
	private void screenOnce(DeliveryBatch batch) {
		int claimed = jdbc.sql("UPDATE delivery_batches SET screened_at = ? WHERE id = ? AND screened_at IS NULL")
			.params(Instant.now().atOffset(ZoneOffset.UTC), batch.id())
			.update();
		if (claimed == 0) {
			return;
		}
		// The batch's recipients as a list: a batch is at most a few hundred residents
		// (LINE's multicast limit, the e-mail batch size), well inside a statement's
		// parameters.
		List<Long> subscribers = batch.recipients().stream().map(Address::subscriberId).toList();
		int skipped = jdbc
			.sql("INSERT INTO escalation_skips (batch_id, subscriber_id, answered_at) "
					+ "SELECT :batch, a.subscriber_id, a.answered_at FROM safety_answers a "
					+ "WHERE a.notice_id = :notice AND a.subscriber_id IN (:subscribers)")
			.param("batch", batch.id())
			.param("notice", batch.noticeId())
			.param("subscribers", subscribers)
			.update();
		if (skipped > 0) {
			jdbc.sql("UPDATE delivery_batches SET skipped_answered = ? WHERE id = ?")
				.params(skipped, batch.id())
				.update();
		}
	}

}
