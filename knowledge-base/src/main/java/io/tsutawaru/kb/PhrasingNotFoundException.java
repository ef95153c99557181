package io.tsutawaru.kb;

/** There is no candidate phrasing with the given id. */
public final class PhrasingNotFoundException extends RuntimeException {

	/**
	 * @param id the id asked for
	 */
	public PhrasingNotFoundException(long id) {
		super("No candidate phrasing with id " + id);
	}

}
