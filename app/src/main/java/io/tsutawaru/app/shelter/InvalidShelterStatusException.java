package io.tsutawaru.app.shelter;

/** A status update that cannot be applied: the field at fault and what it must be. */
public class InvalidShelterStatusException extends IllegalArgumentException {

	private final String field;

	public InvalidShelterStatusException(String field, String message) {
		super(field + " " + message);
		this.field = field;
	}

	/** The field at fault. */
	public String field() {
		return field;
	}

}
