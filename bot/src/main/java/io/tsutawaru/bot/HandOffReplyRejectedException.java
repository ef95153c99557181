package io.tsutawaru.bot;

/** A staff reply that cannot be sent as it is: empty, or longer than one LINE message allows. */
public class HandOffReplyRejectedException extends RuntimeException {

	/** @param reason what is wrong, in words staff can act on */
	public HandOffReplyRejectedException(String reason) {
		super(reason);
	}

}
