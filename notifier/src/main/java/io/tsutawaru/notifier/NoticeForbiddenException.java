package io.tsutawaru.notifier;

/** The staff member's roles do not allow this action on a notice. */
public class NoticeForbiddenException extends RuntimeException {

	public NoticeForbiddenException(String reason) {
		super(reason);
	}

}
