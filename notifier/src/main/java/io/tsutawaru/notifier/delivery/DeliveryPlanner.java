package io.tsutawaru.notifier.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeCancelled;
import io.tsutawaru.notifier.NoticeIssued;
import io.tsutawaru.notifier.NoticeUpdated;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes a published version's delivery plan, then puts its batches on the queue. The
 * documents (website, CAP, L-Alert, radio) and a LINE broadcast first, in one
 * transaction, so an emergency reaches every channel within a second; then the
 * recipients, in chunks that grow from a hundred residents to tens of thousands, each
 * committed and queued at once, so that workers send the first batches while the rest is
 * still being planned. Each transaction claims its step on the plan's row
 * ({@link PlanTable}: a stage, or the next chunk after a cursor), so a plan is written
 * once even when several processes try, and one left half-done by a crash is continued,
 * not repeated. The notice's content comes through the notifier's
 * {@link PublishedNotices}; the planner writes nothing but the delivery's own tables.
 * Emergencies are planned on threads of their own, never behind a routine broadcast being
 * planned (the executors are the notifier's named, bounded {@code NotifierThreads}).
 */
@Component
class DeliveryPlanner {

	private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);

	private static final Set<Channel> DOCUMENTS = Set.of(Channel.WEBSITE, Channel.CAP, Channel.LALERT, Channel.RADIO);

	private final PlanTable plans;

	private final BatchTable batches;

	private final DeliveryQueue queue;

	private final PublishedNotices documents;

	private final RecipientBatches recipients;

	private final PlanCompletion completion;

	private final TransactionTemplate transactions;

	/**
	 * Residents in the first chunk: few, so that the first LINE and e-mail requests leave
	 * within milliseconds even for a narrow rule, which must read many subscribers to
	 * find each resident it selects.
	 */
	static final int FIRST_CHUNK = 100;

	/**
	 * The largest chunk: big enough that a million subscribers take few round trips,
	 * small enough to commit often.
	 */
	static final int LARGEST_CHUNK = 50_000;

	private final TaskExecutor routine;

	private final TaskExecutor emergencies;

	DeliveryPlanner(PlanTable plans, BatchTable batches, DeliveryQueue queue, PublishedNotices documents,
			RecipientBatches recipients, PlanCompletion completion, TransactionTemplate transactions,
			@Qualifier("deliveryPlannerThreads") TaskExecutor routine,
			@Qualifier("emergencyPlannerThreads") TaskExecutor emergencies) {
		this.routine = routine;
		this.emergencies = emergencies;
		this.plans = plans;
		this.completion = completion;
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
		boolean emergency = documents.revision(noticeId, revision).content().severity() == Severity.EMERGENCY;
		try {
			(emergency ? emergencies : routine).execute(() -> {
				try {
					plan(noticeId, revision);
				}
				catch (RuntimeException ex) {
					// The ledger sweeper plans it again: the stage claims roll back with
					// the transaction.
					log.error("Planning notice {} revision {} failed", noticeId, revision, ex);
				}
			});
		}
		catch (TaskRejectedException ex) {
			// Thousands of plans waiting, or the application stopping: the version is in
			// delivery_plans already.
			log.warn("Planning notice {} revision {} is left to the ledger sweeper: {}", noticeId, revision,
					ex.toString());
		}
	}

	/**
	 * Plans and queues a published version; does nothing for a stage another process
	 * already planned.
	 */
	void plan(long noticeId, int revision) {
		PublishedNotice notice = documents.revision(noticeId, revision);
		boolean emergency = notice.content().severity() == Severity.EMERGENCY;
		enqueue(stage(notice, PlanTable.FIRST_STAGE, () -> firstStage(notice, emergency)), emergency);
		if (recipients.plannedInChunks(notice)) {
			planInChunks(notice, emergency);
		}
		else {
			enqueue(stage(notice, PlanTable.RECIPIENTS, () -> recipients.plan(notice, emergency, batches)), emergency);
		}
		// A plan with nothing to send (no recipient, no document) has no batch whose end
		// would announce it.
		completion.planned(noticeId, revision);
	}

	/**
	 * Writes a stage's batches and claims the stage in one transaction; nothing when
	 * another planner claimed it. The batches come before the claim: writing a batch
	 * waits for the notice's row (its foreign key) while a publication holds it, and the
	 * publication then writes the plan's row (a new version to plan), so a planner
	 * holding the plan's row while it waited for the notice's would deadlock with it
	 * (PostgreSQL). A chunk does the same.
	 */
	private List<Long> stage(PublishedNotice notice, String stage, Supplier<List<Long>> write) {
		if (plans.claimed(notice.noticeId(), notice.revision(), stage)) {
			return List.of();
		}
		return transactions.execute(status -> {
			List<Long> written = write.get();
			if (!plans.claim(notice.noticeId(), notice.revision(), stage)) {
				status.setRollbackOnly();
				return List.<Long>of();
			}
			return written;
		});
	}

	private void planInChunks(PublishedNotice notice, boolean emergency) {
		int limit = FIRST_CHUNK;
		while (true) {
			int size = limit;
			RecipientBatches.Chunk chunk = transactions.execute(status -> {
				RecipientBatches.Chunk written = nextChunk(notice, emergency, size);
				if (written == null) {
					status.setRollbackOnly();
				}
				return written;
			});
			if (chunk == null) {
				return;
			}
			enqueue(chunk.batchIds(), emergency);
			if (chunk.complete()) {
				return;
			}
			limit = Math.min(limit * 4, LARGEST_CHUNK);
		}
	}

	/**
	 * Writes the chunk after the plan's cursor and moves the cursor in the same
	 * transaction; null when the recipients are planned already or another planner moved
	 * the cursor meanwhile (it goes on from there).
	 */
	private RecipientBatches.Chunk nextChunk(PublishedNotice notice, boolean emergency, int limit) {
		long noticeId = notice.noticeId();
		int revision = notice.revision();
		PlanTable.Cursor cursor = plans.cursor(noticeId);
		if (cursor.plannedRevision() >= revision) {
			return null;
		}
		long after = cursor.revision() == revision ? cursor.lastSubscriberId() : 0;
		RecipientBatches.Chunk chunk = recipients.planChunk(notice, emergency, batches, after, limit);
		return plans.move(noticeId, cursor, revision, chunk.lastSubscriberId(), chunk.complete()) ? chunk : null;
	}

	private List<Long> firstStage(PublishedNotice notice, boolean emergency) {
		List<DeliveryBatch> first = new ArrayList<>();
		for (Channel channel : notice.content().channels()) {
			if (DOCUMENTS.contains(channel)) {
				first.add(new DeliveryBatch(0, notice.noticeId(), notice.revision(), channel, null, emergency,
						List.of(), BatchTable.newRetryKey()));
			}
		}
		RecipientBatches.Broadcast broadcast = recipients.broadcast(notice, emergency, batches);
		if (broadcast != null) {
			first.add(broadcast.batch());
		}
		return batches.insert(first, broadcast == null ? 0 : broadcast.followers());
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

}
