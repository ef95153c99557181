package io.tsutawaru.kb;

import java.util.List;

/**
 * The outcome of a bulk import: how many entries were stored and which rows were not.
 *
 * @param imported how many entries were created or replaced
 * @param rejected the rows that were skipped, in file order
 */
public record ImportReport(int imported, List<RejectedRow> rejected) {

	/** Copies the rejected rows so the report stays immutable. */
	public ImportReport {
		rejected = List.copyOf(rejected);
	}

	/**
	 * One row that could not be imported.
	 *
	 * @param line the line number in a CSV file (the header is line 1), or the 1-based
	 * position of the record in a JSON document
	 * @param reason why, in words staff can act on
	 */
	public record RejectedRow(long line, String reason) {
	}
}
