package io.tsutawaru.kb;

/** There is no FAQ entry with the given id. */
public class FaqEntryNotFoundException extends RuntimeException {

	private final String id;

	/**
	 * @param id the id that was looked up
	 */
	public FaqEntryNotFoundException(String id) {
		super("No FAQ entry with id " + id);
		this.id = id;
	}

	/**
	 * @return the id that was looked up
	 */
	public String id() {
		return id;
	}

}
