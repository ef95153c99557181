package io.tsutawaru.batch.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.file.RunContext;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The reader and writer of one rule's step: reads expired ids (from the run's fixed
 * "now", so a restart uses the same cutoff) and purges them a chunk at a time, counting
 * what it purged in the step's saved context. One instance serves one run at a time;
 * {@link RetentionJobConfiguration} refuses overlapping runs.
 */
class PurgeExpired implements ItemStreamReader<Long>, ItemStreamWriter<Long>, StepExecutionListener {

	/** Where the run keeps the moment its cutoffs are counted back from. */
	static final String NOW = "retention.now";

	private final RetentionRule rule;

	private final BatchProperties properties;

	private ExpiredRows rows;

	private long purged;

	PurgeExpired(RetentionRule rule, BatchProperties properties) {
		this.rule = rule;
		this.properties = properties;
	}

	@Override
	public void beforeStep(StepExecution step) {
		Instant now = Instant.parse(step.getJobExecution().getExecutionContext().getString(NOW));
		var keep = rule.keep().apply(properties.retention());
		OffsetDateTime cutoff = keep.isZero() ? null : now.minus(keep).atOffset(ZoneOffset.UTC);
		rows = new ExpiredRows(rule, cutoff, properties.chunkSize());
	}

	@Override
	public void open(ExecutionContext context) {
		rows.open(context);
		purged = RunContext.count(context, rule.name());
	}

	@Override
	public Long read() {
		return rows.read();
	}

	@Override
	public void write(Chunk<? extends Long> ids) {
		purged += rule.purge().purge(new ArrayList<>(ids.getItems()));
	}

	@Override
	public void update(ExecutionContext context) {
		rows.update(context);
		RunContext.set(context, rule.name(), purged);
	}

}
