package io.tsutawaru.bot;

/**
 * LINE refused a rich menu call or did not answer it; the message names the call and
 * LINE's status only.
 */
public class RichMenuUnavailableException extends RuntimeException {

	public RichMenuUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
