package io.tsutawaru.batch.subscriber;

import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.batch.file.RowOutcome;
import io.tsutawaru.batch.file.RunContext;
import io.tsutawaru.notifier.SubscriberImport;
import io.tsutawaru.notifier.SubscriberImport.ListedSubscriber;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of a subscriber list: the accepted rows through the notifier's import
 * (which merges them into the subscribers in JDBC batches) and the rejected rows into the
 * report, all in the chunk's transaction. Its figures are saved with the chunk
 * ({@link ItemStream#update}), so a restarted import counts on from the last commit.
 */
class SubscriberListWriter implements ItemWriter<RowOutcome<ListedSubscriber>>, ItemStream {

	private final SubscriberImport subscribers;

	private final RejectedRows rejectedRows;

	private final long jobInstanceId;

	private SubscriberImport.Run run;

	private long created;

	private long merged;

	private long unchanged;

	SubscriberListWriter(SubscriberImport subscribers, RejectedRows rejectedRows, long jobInstanceId) {
		this.subscribers = subscribers;
		this.rejectedRows = rejectedRows;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public void open(ExecutionContext context) {
		run = subscribers.begin();
		created = RunContext.count(context, "new");
		merged = RunContext.count(context, "merged");
		unchanged = RunContext.count(context, "unchanged");
	}

	@Override
	public void write(Chunk<? extends RowOutcome<ListedSubscriber>> chunk) {
		List<ListedSubscriber> accepted = new ArrayList<>();
		for (RowOutcome<ListedSubscriber> outcome : chunk) {
			switch (outcome) {
				case RowOutcome.Rejected<ListedSubscriber> rejected ->
					rejectedRows.add(jobInstanceId, rejected.line(), rejected.reason());
				case RowOutcome.Accepted<ListedSubscriber> row -> accepted.add(row.value());
			}
		}
		SubscriberImport.Merged done = run.write(accepted);
		created += done.created();
		merged += done.merged();
		unchanged += done.unchanged();
	}

	@Override
	public void update(ExecutionContext context) {
		RunContext.set(context, "new", created);
		RunContext.set(context, "merged", merged);
		RunContext.set(context, "unchanged", unchanged);
	}

}
