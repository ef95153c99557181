package io.tsutawaru.notifier;

/**
 * A resident gave something that is not a usable e-mail address. The message never
 * repeats the address.
 */
public class InvalidEmailException extends RuntimeException {

	public InvalidEmailException(String reason) {
		super("Not a valid e-mail address: " + reason);
	}

}
