package io.tsutawaru.bot;

/** There is no hand-off with the given number, or it is already closed. */
public class HandOffNotFoundException extends RuntimeException {

	/**
	 * @param id the number looked up
	 */
	public HandOffNotFoundException(long id) {
		super("No open hand-off " + id);
	}

}
