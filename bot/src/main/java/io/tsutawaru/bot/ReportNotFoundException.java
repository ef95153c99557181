package io.tsutawaru.bot;

/**
 * There is no report with the given number (or it has no photo, for
 * {@link Reports#photo(String)}).
 */
public class ReportNotFoundException extends RuntimeException {

	/**
	 * @param what the number looked up, and what was missing
	 */
	public ReportNotFoundException(String what) {
		super("No such report: " + what);
	}

}
