package io.tsutawaru.batch.shelter;

import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.batch.file.RunContext;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.ShelterRow;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk: the accepted rows through the shelters module's import, the rejected
 * ones into the report, in the chunk's transaction. Its figures are saved with the chunk,
 * so a restarted import counts on.
 */
class ShelterListWriter implements ItemWriter<ShelterRow>, ItemStream {

	private final ShelterImport shelters;

	private final RejectedRows rejectedRows;

	private final long jobInstanceId;

	private long created;

	private long updated;

	private long unchanged;

	ShelterListWriter(ShelterImport shelters, RejectedRows rejectedRows, long jobInstanceId) {
		this.shelters = shelters;
		this.rejectedRows = rejectedRows;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public void open(ExecutionContext context) {
		created = RunContext.count(context, "new");
		updated = RunContext.count(context, "updated");
		unchanged = RunContext.count(context, "unchanged");
	}

	@Override
	public void write(Chunk<? extends ShelterRow> chunk) {
		List<ListedShelter> accepted = new ArrayList<>();
		for (ShelterRow row : chunk) {
			switch (row) {
				case ShelterRow.Rejected rejected ->
					rejectedRows.add(jobInstanceId, rejected.line(), rejected.reason());
				case ShelterRow.Accepted ok -> accepted.add(ok.shelter());
			}
		}
		ShelterImport.Written done = shelters.write(accepted);
		created += done.created();
		updated += done.updated();
		unchanged += done.unchanged();
	}

	@Override
	public void update(ExecutionContext context) {
		RunContext.set(context, "new", created);
		RunContext.set(context, "updated", updated);
		RunContext.set(context, "unchanged", unchanged);
	}

}
