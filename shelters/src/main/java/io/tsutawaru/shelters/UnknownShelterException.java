package io.tsutawaru.shelters;

/** A shelter id that names no shelter. */
public class UnknownShelterException extends RuntimeException {

	private final long id;

	public UnknownShelterException(long id) {
		super("There is no shelter " + id);
		this.id = id;
	}

	/** The id asked for. */
	public long id() {
		return id;
	}

}
