package io.tsutawaru.batch.subscriber;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.batch.file.RowOutcome;
import io.tsutawaru.batch.file.RunContext;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of a subscriber list: merges the rows of each address, fills in what stored subscribers lack,
 * inserts the new ones and records the rejected rows, all in the chunk's transaction. Its figures are saved with
 * the chunk ({@link ItemStream#update}), so a restarted import counts on from the last commit.
 */
class SubscriberListWriter implements ItemWriter<RowOutcome<SubscriberListRow>>, ItemStream {

	private final SubscriberListTable table;

	private final RejectedRows rejectedRows;

	private final long jobInstanceId;

	private final Clock clock;

	private Map<String, Long> addresses;

	private long created;

	private long merged;

	private long unchanged;

	SubscriberListWriter(SubscriberListTable table, RejectedRows rejectedRows, long jobInstanceId, Clock clock) {
		this.table = table;
		this.rejectedRows = rejectedRows;
		this.jobInstanceId = jobInstanceId;
		this.clock = clock;
	}

	@Override
	public void open(ExecutionContext context) {
		addresses = table.addressIndex();
		created = RunContext.count(context, "new");
		merged = RunContext.count(context, "merged");
		unchanged = RunContext.count(context, "unchanged");
	}

	@Override
	public void write(Chunk<? extends RowOutcome<SubscriberListRow>> chunk) {
		Map<String, List<SubscriberListRow>> byAddress = new LinkedHashMap<>();
		int accepted = 0;
		for (RowOutcome<SubscriberListRow> outcome : chunk) {
			switch (outcome) {
				case RowOutcome.Rejected<SubscriberListRow> rejected ->
					rejectedRows.add(jobInstanceId, rejected.line(), rejected.reason());
				case RowOutcome.Accepted<SubscriberListRow> row -> {
					byAddress.computeIfAbsent(row.value().key(), key -> new ArrayList<>()).add(row.value());
					accepted++;
				}
			}
		}
		var stored = table.findByIds(byAddress.keySet().stream().map(addresses::get).filter(Objects::nonNull).toList());
		List<SubscriberListRow> inserts = new ArrayList<>();
		List<SubscriberMerge.Update> updates = new ArrayList<>();
		long same = 0;
		for (var address : byAddress.entrySet()) {
			Long id = addresses.get(address.getKey());
			switch (SubscriberMerge.against(id == null ? null : stored.get(id), SubscriberMerge.combine(address.getValue()))) {
				case SubscriberMerge.Insert insert -> inserts.add(insert.row());
				case SubscriberMerge.Update update -> updates.add(update);
				case SubscriberMerge.Unchanged nothing -> same++;
			}
		}
		List<Long> ids = table.insert(inserts, clock.instant());
		table.update(updates, clock.instant());
		// Known from now on; a rolled-back chunk fails the step, and a restart reads the index afresh.
		for (int i = 0; i < ids.size(); i++) {
			addresses.put(inserts.get(i).key(), ids.get(i));
		}
		created += inserts.size();
		merged += updates.size() + (accepted - byAddress.size());
		unchanged += same;
	}

	@Override
	public void update(ExecutionContext context) {
		RunContext.set(context, "new", created);
		RunContext.set(context, "merged", merged);
		RunContext.set(context, "unchanged", unchanged);
	}

}
