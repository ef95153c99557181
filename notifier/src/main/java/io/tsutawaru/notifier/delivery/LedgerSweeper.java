package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repairs what a crash between two steps can leave behind: published versions whose plan was never written or
 * stopped midway (no chunk written for a while), planned batches that never reached the stream, and unfinished
 * batches whose entries Redis lost. Every repair is idempotent (stage claims, batch states), so every process may
 * sweep.
 */
@Component
class LedgerSweeper {

	private static final Logger log = LoggerFactory.getLogger(LedgerSweeper.class);

	private static final Duration GRACE = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final BatchTable batches;

	private final DeliveryPlanner planner;

	private final DeliveryQueue queue;

	LedgerSweeper(JdbcClient jdbc, BatchTable batches, DeliveryPlanner planner, DeliveryQueue queue) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.planner = planner;
		this.queue = queue;
	}

	void sweep() {
		if (!queue.intact()) {
			// Redis came back without the streams: the ledger still knows every unfinished batch.
			queue.prepare();
			int lost = batches.requeueUnfinished();
			log.warn("The delivery streams were gone from Redis (restarted without its data?); {} unfinished batch(es) "
					+ "queued again", lost);
		}
		Instant before = Instant.now().minus(GRACE);
		List<long[]> unplanned = jdbc.sql("SELECT id, revision FROM notices WHERE revision > 0 AND "
				+ "(planned_revision < revision OR recipients_planned_revision < revision) AND updated_at < ? "
				+ "AND (recipients_progress_at IS NULL OR recipients_progress_at < ?)")
			.params(before.atOffset(java.time.ZoneOffset.UTC), before.atOffset(java.time.ZoneOffset.UTC))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		for (long[] notice : unplanned) {
			planner.plan(notice[0], (int) notice[1]);
		}
		for (BatchTable.Row row : batches.unqueued(before)) {
			planner.enqueue(List.of(row.batch().id()), row.batch().emergency());
		}
	}

}
