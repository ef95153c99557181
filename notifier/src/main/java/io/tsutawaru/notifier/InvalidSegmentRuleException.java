package io.tsutawaru.notifier;

/** A segment rule that does not parse, or names an attribute or value the city does not have. */
public class InvalidSegmentRuleException extends RuntimeException {

	private final int position;

	public InvalidSegmentRuleException(String message, int position) {
		super(message + " (at position " + position + ")");
		this.position = position;
	}

	/** Where in the rule the problem was found, counting characters from 0. */
	public int position() {
		return position;
	}

}
