package io.tsutawaru.kb;

/**
 * An FAQ entry lacks a required field or carries a value that is not allowed; the message
 * says which.
 */
public class InvalidFaqEntryException extends RuntimeException {

	/**
	 * @param message what is wrong, in words staff can act on
	 */
	public InvalidFaqEntryException(String message) {
		super(message);
	}

}
