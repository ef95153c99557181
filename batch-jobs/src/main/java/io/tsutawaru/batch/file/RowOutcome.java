package io.tsutawaru.batch.file;

/**
 * What checking one row of an import gave: a value to write, or the reason the row is
 * rejected.
 *
 * @param <T> the value an accepted row becomes
 */
public sealed interface RowOutcome<T> {

	/** The row's line in the file. */
	long line();

	/** A row to write. */
	record Accepted<T>(long line, T value) implements RowOutcome<T> {
	}

	/** A row left out, with the reason staff read in the report. */
	record Rejected<T>(long line, String reason) implements RowOutcome<T> {
	}

}
