package io.tsutawaru.batch.faq;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.ImportReport;

/**
 * Hands a chunk of records to the knowledge base's bulk import as a small file of its own, and maps the rows it
 * rejects back to their place in the whole file. The knowledge base keeps the only FAQ parser; this job only cuts
 * the file into restartable pieces.
 */
final class FaqChunks {

	private FaqChunks() {
	}

	/** Imports CSV records under the file's header; rejected lines are given as lines of the whole file. */
	static ImportReport importCsv(FaqEditor editor, String header, List<FaqRecord.Piece> records) {
		StringBuilder csv = new StringBuilder(header);
		List<long[]> starts = new ArrayList<>(); // {line in the small file, line in the whole file}
		long line = 2;
		for (FaqRecord.Piece record : records) {
			csv.append('\n').append(record.text());
			starts.add(new long[] { line, record.position() });
			line += record.text().chars().filter(c -> c == '\n').count() + 1;
		}
		ImportReport report = editor.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
		return new ImportReport(report.imported(), report.rejected().stream().map(row -> {
			long original = 1;
			for (long[] start : starts) {
				if (start[0] <= row.line()) {
					original = start[1] + (row.line() - start[0]);
				}
			}
			return new ImportReport.RejectedRow(original, row.reason());
		}).toList());
	}

	/**
	 * Imports JSON records: array elements, or {@code "id": "…"} members of a LocalgovFAQ object (then each piece's
	 * text is the member, {@code "id": value}). Rejected records are given by their position in the whole file.
	 */
	static ImportReport importJson(FaqEditor editor, boolean members, List<FaqRecord.Piece> records) {
		StringBuilder json = new StringBuilder(members ? "{" : "[");
		for (int i = 0; i < records.size(); i++) {
			json.append(i == 0 ? "" : ",").append(records.get(i).text());
		}
		json.append(members ? "}" : "]");
		ImportReport report = editor.importJson(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
		return new ImportReport(report.imported(), report.rejected().stream().map(row -> {
			int index = (int) row.line() - 1;
			long original = index >= 0 && index < records.size() ? records.get(index).position() : row.line();
			return new ImportReport.RejectedRow(original, row.reason());
		}).toList());
	}

}
