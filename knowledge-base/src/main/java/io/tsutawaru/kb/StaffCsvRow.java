package io.tsutawaru.kb;

import java.util.List;

/**
 * One row of a CSV file from staff ({@link StaffCsvReader}), or the reason it could not
 * be read.
 */
public sealed interface StaffCsvRow {

	/**
	 * The line the row starts on (the header is line 1).
	 * @return the 1-based line number
	 */
	long line();

	/**
	 * A row that parsed.
	 *
	 * @param line where it starts
	 * @param fields its fields, unquoted
	 */
	record Fields(long line, List<String> fields) implements StaffCsvRow {

		/** Copies the fields so the row stays immutable. */
		public Fields {
			fields = List.copyOf(fields);
		}
	}

	/**
	 * A row that did not parse: broken characters, a quote in the wrong place, a line too
	 * long.
	 *
	 * @param line where it starts
	 * @param reason why, in words staff can act on
	 */
	record Malformed(long line, String reason) implements StaffCsvRow {
	}

}
