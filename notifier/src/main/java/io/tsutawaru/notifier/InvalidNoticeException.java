package io.tsutawaru.notifier;

/** A notice that cannot be sent as written (missing title, no channel, invalid rule, ...). */
public class InvalidNoticeException extends RuntimeException {

	public InvalidNoticeException(String reason) {
		super(reason);
	}

}
