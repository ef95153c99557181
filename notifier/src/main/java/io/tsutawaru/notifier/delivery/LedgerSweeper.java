package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repairs what a crash between two steps can leave behind: published versions whose plan was never written or
 * stopped midway (no chunk written for a while), and planned batches that never reached the stream. Both repairs are idempotent (stage claims, batch states),
 * so every process may sweep.
 */
@Component
class LedgerSweeper {

	private static final Duration GRACE = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final BatchTable batches;

	private final DeliveryPlanner planner;

	LedgerSweeper(JdbcClient jdbc, BatchTable batches, DeliveryPlanner planner) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.planner = planner;
	}

	void sweep() {
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
