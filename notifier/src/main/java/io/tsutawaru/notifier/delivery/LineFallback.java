package io.tsutawaru.notifier.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch.Address;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When LINE gives up on a batch, its residents who have a confirmed e-mail address get
 * the notice by e-mail, unless the notice already goes to them by e-mail. The failed
 * batch and its replacement are written in one transaction, so the fallback is never lost
 * between the two.
 */
@Component
class LineFallback {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DeliveryQueue queue;

	LineFallback(JdbcClient jdbc, TransactionTemplate transactions, DeliveryQueue queue) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.queue = queue;
	}

	/**
	 * @return whether this call finished the batch (false: another worker had finished it
	 * already)
	 */
	boolean finishWithEmail(BatchTable.Row row, PublishedNotice notice, String error, BatchTable batches) {
		DeliveryBatch failed = row.batch();
		boolean[] finished = { false };
		List<Long> ids = transactions.execute(status -> {
			if (!batches.finish(failed.id(), BatchTable.FAILED, 0, row.planned(), error)) {
				return List.<Long>of();
			}
			finished[0] = true;
			List<Address> emails = reachableByEmail(failed, notice);
			if (emails.isEmpty()) {
				return List.<Long>of();
			}
			return batches.insert(List.of(new DeliveryBatch(0, failed.noticeId(), failed.revision(), Channel.EMAIL,
					failed.language(), failed.emergency(), emails, BatchTable.newRetryKey())), 0);
		});
		for (long id : ids) {
			queue.add(id, failed.emergency());
		}
		if (!ids.isEmpty()) {
			batches.markQueued(ids);
		}
		return finished[0];
	}

	private List<Address> reachableByEmail(DeliveryBatch failed, PublishedNotice notice) {
		boolean alreadyEmailed = notice.content().channels().contains(Channel.EMAIL);
		List<Long> subscribers = failed.recipients().stream().map(Address::subscriberId).filter(id -> id > 0).toList();
		if (alreadyEmailed || subscribers.isEmpty()) {
			return List.of();
		}
		List<Address> emails = new ArrayList<>();
		String in = subscribers.stream().map(id -> "?").collect(Collectors.joining(", "));
		jdbc.sql("SELECT id, email FROM subscribers WHERE email_confirmed AND email IS NOT NULL AND id IN (" + in
				+ ") ORDER BY id")
			.params(new ArrayList<Object>(subscribers))
			.query(rs -> {
				emails.add(new Address(rs.getLong(1), rs.getString(2)));
			});
		return emails;
	}

}
