package io.tsutawaru.notifier.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeCancelled;
import io.tsutawaru.notifier.NoticeIssued;
import io.tsutawaru.notifier.NoticeUpdated;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.notice.NoticeDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes a published version's delivery plan, then puts its batches on the queue. Two transactions: the
 * documents (website, CAP, L-Alert, radio) and a LINE broadcast first, so an emergency reaches every channel
 * within a second even when the list of recipients takes seconds to plan; then the recipients. Each transaction
 * first claims its stage on the notice row, so a plan is written once even when several processes try.
 */
@Component
class DeliveryPlanner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);

	private static final Set<Channel> DOCUMENTS = Set.of(Channel.WEBSITE, Channel.CAP, Channel.LALERT, Channel.RADIO);

	private final JdbcClient jdbc;

	private final BatchTable batches;

	private final DeliveryQueue queue;

	private final NoticeDocuments documents;

	private final RecipientBatches recipients;

	private final TransactionTemplate transactions;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-planner"));

	DeliveryPlanner(JdbcClient jdbc, BatchTable batches, DeliveryQueue queue, NoticeDocuments documents,
			RecipientBatches recipients, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.queue = queue;
		this.documents = documents;
		this.recipients = recipients;
		this.transactions = transactions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NoticeIssued issued) {
		planLater(issued.noticeId(), issued.revision());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NoticeUpdated updated) {
		planLater(updated.noticeId(), updated.revision());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NoticeCancelled cancelled) {
		planLater(cancelled.noticeId(), cancelled.revision());
	}

	private void planLater(long noticeId, int revision) {
		executor.execute(() -> {
			try {
				plan(noticeId, revision);
			}
			catch (RuntimeException ex) {
				// The ledger sweeper plans it again: the stage claims roll back with the transaction.
				log.error("Planning notice {} revision {} failed", noticeId, revision, ex);
			}
		});
	}

	/** Plans and queues a published version; does nothing for a stage another process already planned. */
	void plan(long noticeId, int revision) {
		PublishedNotice notice = documents.revision(noticeId, revision);
		boolean emergency = notice.content().severity() == Severity.EMERGENCY;
		enqueue(transactions.execute(status -> claim(noticeId, revision, "planned_revision") ? firstStage(notice, emergency) : List.<Long>of()), emergency);
		enqueue(transactions.execute(status -> claim(noticeId, revision, "recipients_planned_revision")
				? recipients.plan(notice, emergency, batches) : List.<Long>of()), emergency);
	}

	private List<Long> firstStage(PublishedNotice notice, boolean emergency) {
		List<DeliveryBatch> first = new ArrayList<>();
		for (Channel channel : notice.content().channels()) {
			if (DOCUMENTS.contains(channel)) {
				first.add(new DeliveryBatch(0, notice.noticeId(), notice.revision(), channel, null, emergency, List.of(), BatchTable.newRetryKey()));
			}
		}
		RecipientBatches.Broadcast broadcast = recipients.broadcast(notice, emergency, batches);
		if (broadcast != null) {
			first.add(broadcast.batch());
		}
		return batches.insert(first, broadcast == null ? 0 : broadcast.followers());
	}

	/** The stage columns live on the notice row so that claiming a stage is one atomic update. */
	private boolean claim(long noticeId, int revision, String stage) {
		return jdbc.sql("UPDATE notices SET " + stage + " = ? WHERE id = ? AND " + stage + " < ?")
			.params(revision, noticeId, revision)
			.update() == 1;
	}

	void enqueue(List<Long> ids, boolean emergency) {
		if (ids == null || ids.isEmpty()) {
			return;
		}
		for (long id : ids) {
			queue.add(id, emergency);
		}
		batches.markQueued(ids);
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
