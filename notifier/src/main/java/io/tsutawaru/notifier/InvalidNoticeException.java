package io.tsutawaru.notifier;

/** A notice that cannot be sent as written (missing title, no channel, invalid rule, ...). */
public class InvalidNoticeException extends RuntimeException {

	private final String field;

	private final int position;

	public InvalidNoticeException(String reason) {
		this(reason, null, -1);
	}

	/** A problem with one field, e.g. {@code translations.en.title}; {@code position} is -1 when it is not one place. */
	public InvalidNoticeException(String reason, String field, int position) {
		super(reason);
		this.field = field;
		this.position = position;
	}

	/** The field at fault as the REST API names it, or null when the problem is not one field's. */
	public String field() {
		return field;
	}

	/** Where in the field the problem is, counting characters from 0, or -1. */
	public int position() {
		return position;
	}

}
