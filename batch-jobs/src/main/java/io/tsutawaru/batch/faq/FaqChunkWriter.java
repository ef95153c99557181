package io.tsutawaru.batch.faq;

import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.batch.file.RunContext;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.ImportReport;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Imports one chunk of FAQ records through the knowledge base and records what it rejected, in the chunk's
 * transaction (the knowledge base's store joins it), so a restart neither repeats nor loses rows.
 */
class FaqChunkWriter implements ItemStreamWriter<FaqRecord> {

	/** How the records of a chunk are put back together for the knowledge base. */
	sealed interface Format {
	}

	/** CSV records under the file's header line. */
	record Csv(String header) implements Format {
	}

	/** JSON: array elements, or members of a LocalgovFAQ object. */
	record Json(boolean members) implements Format {
	}

	private final FaqEditor editor;

	private final RejectedRows rejectedRows;

	private final long jobInstanceId;

	private final Format format;

	private long imported;

	FaqChunkWriter(FaqEditor editor, RejectedRows rejectedRows, long jobInstanceId, Format format) {
		this.editor = editor;
		this.rejectedRows = rejectedRows;
		this.jobInstanceId = jobInstanceId;
		this.format = format;
	}

	@Override
	public void open(ExecutionContext context) {
		imported = RunContext.count(context, "imported");
	}

	@Override
	public void write(Chunk<? extends FaqRecord> chunk) {
		List<FaqRecord.Piece> pieces = new ArrayList<>();
		for (FaqRecord record : chunk) {
			switch (record) {
				case FaqRecord.Piece piece -> pieces.add(piece);
				case FaqRecord.Broken broken -> rejectedRows.add(jobInstanceId, broken.position(), broken.reason());
			}
		}
		if (pieces.isEmpty()) {
			return;
		}
		ImportReport report = switch (format) {
			case Csv csv -> FaqChunks.importCsv(editor, csv.header(), pieces);
			case Json json -> FaqChunks.importJson(editor, json.members(), pieces);
		};
		report.rejected().forEach(row -> rejectedRows.add(jobInstanceId, row.line(), row.reason()));
		imported += report.imported();
	}

	@Override
	public void update(ExecutionContext context) {
		RunContext.set(context, "imported", imported);
	}

}
