package io.tsutawaru.batch;

/** A job's parameter is missing, unknown or unusable; the message says which and why. */
public class InvalidJobParametersException extends RuntimeException {

	public InvalidJobParametersException(String message) {
		super(message);
	}

}
