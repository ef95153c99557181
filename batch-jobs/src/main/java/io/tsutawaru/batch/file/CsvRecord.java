package io.tsutawaru.batch.file;

import java.util.List;

/**
 * One record of a CSV file, or the reason it could not be read.
 */
public sealed interface CsvRecord {

	/** The line the record starts on (the header is line 1). */
	long line();

	/**
	 * A record that parsed.
	 *
	 * @param line   where it starts
	 * @param fields its fields, unquoted
	 * @param text   its text as in the file (lines joined with {@code \n}), for passing on to another parser
	 */
	record Parsed(long line, List<String> fields, String text) implements CsvRecord {

		public Parsed {
			fields = List.copyOf(fields);
		}

	}

	/**
	 * A record that did not parse: broken encoding, a quote in the wrong place, a line too long.
	 *
	 * @param line   where it starts
	 * @param reason why, in words staff can act on
	 */
	record Malformed(long line, String reason) implements CsvRecord {
	}

}
