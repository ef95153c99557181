package io.tsutawaru.batch.faq;

import java.util.List;
import java.util.function.Function;

import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.batch.file.RunContext;
import io.tsutawaru.kb.ImportReport;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Imports one chunk of FAQ rows through the knowledge base and records what it rejected,
 * in the chunk's transaction (the knowledge base's store joins it), so a restart neither
 * repeats nor loses rows.
 *
 * @param <T> a CSV row as the knowledge base's reader gives it, or a JSON record
 */
class FaqChunkWriter<T> implements ItemStreamWriter<T> {

	private final RejectedRows rejectedRows;

	private final long jobInstanceId;

	private final Function<List<T>, ImportReport> importer;

	private long imported;

	/**
	 * @param importer the knowledge base's import of a chunk, reporting rejected rows by
	 * their place in the file
	 */
	FaqChunkWriter(RejectedRows rejectedRows, long jobInstanceId, Function<List<T>, ImportReport> importer) {
		this.rejectedRows = rejectedRows;
		this.jobInstanceId = jobInstanceId;
		this.importer = importer;
	}

	@Override
	public void open(ExecutionContext context) {
		imported = RunContext.count(context, "imported");
	}

	@Override
	public void write(Chunk<? extends T> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		ImportReport report = importer.apply(List.copyOf(chunk.getItems()));
		report.rejected().forEach(row -> rejectedRows.add(jobInstanceId, row.line(), row.reason()));
		imported += report.imported();
	}

	@Override
	public void update(ExecutionContext context) {
		RunContext.set(context, "imported", imported);
	}

}
