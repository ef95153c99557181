package io.tsutawaru.batch.faq;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.ImportReport;

/**
 * Hands a chunk of JSON records to the knowledge base's bulk import as a small document
 * of its own, and maps the records it rejects back to their place in the whole document.
 * The knowledge base keeps the only FAQ parser; this job only cuts the document into
 * restartable pieces. (CSV needs no such round trip: the job reads it with the knowledge
 * base's own reader and hands over the rows.)
 */
final class FaqChunks {

	private FaqChunks() {
	}

	/**
	 * Imports JSON records: array elements, or {@code "id": "…"} members of a LocalgovFAQ
	 * object (then each piece's text is the member, {@code "id": value}). Rejected
	 * records are given by their position in the whole file.
	 */
	static ImportReport importJson(FaqEditor editor, boolean members, List<FaqRecord> records) {
		StringBuilder json = new StringBuilder(members ? "{" : "[");
		for (int i = 0; i < records.size(); i++) {
			json.append(i == 0 ? "" : ",").append(records.get(i).text());
		}
		json.append(members ? "}" : "]");
		ImportReport report = editor
			.importJson(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
		return new ImportReport(report.imported(), report.rejected().stream().map(row -> {
			int index = (int) row.line() - 1;
			long original = index >= 0 && index < records.size() ? records.get(index).position() : row.line();
			return new ImportReport.RejectedRow(original, row.reason());
		}).toList());
	}

}
