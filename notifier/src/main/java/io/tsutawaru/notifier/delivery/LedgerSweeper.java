package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Repairs what a crash between two steps can leave behind: published versions whose plan
 * was never written or stopped midway (no chunk written for a while), planned batches
 * that never reached the stream, unfinished batches whose entries Redis lost, and
 * finished versions whose end was never announced. Every repair is idempotent (stage
 * claims, batch states, leases), so every process may sweep.
 */
@Component
class LedgerSweeper {

	private static final Logger log = LoggerFactory.getLogger(LedgerSweeper.class);

	private static final Duration GRACE = Duration.ofSeconds(10);

	private final PlanTable plans;

	private final BatchTable batches;

	private final DeliveryPlanner planner;

	private final DeliveryQueue queue;

	private final PlanCompletion completion;

	LedgerSweeper(PlanTable plans, BatchTable batches, DeliveryPlanner planner, DeliveryQueue queue,
			PlanCompletion completion) {
		this.plans = plans;
		this.completion = completion;
		this.batches = batches;
		this.planner = planner;
		this.queue = queue;
	}

	void sweep() {
		if (!queue.intact()) {
			// Redis came back without the streams: the ledger still knows every
			// unfinished batch.
			queue.prepare();
			int lost = batches.requeueUnfinished();
			log.warn("The delivery streams were gone from Redis (restarted without its data?); {} unfinished batch(es) "
					+ "queued again", lost);
		}
		Instant before = Instant.now().minus(GRACE);
		for (PlanTable.Version version : plans.unplanned(before)) {
			planner.plan(version.noticeId(), version.revision());
		}
		for (BatchTable.Row row : batches.unqueued(before)) {
			planner.enqueue(List.of(row.batch().id()), row.batch().emergency());
		}
		completion.announceMissed();
	}

}
