package io.tsutawaru.bot.line;

/**
 * A photo a resident sent could not be fetched from LINE, or is larger than the bot
 * accepts.
 */
public class ContentUnavailableException extends RuntimeException {

	private final boolean tooLarge;

	ContentUnavailableException(String reason, boolean tooLarge, Throwable cause) {
		super(reason, cause);
		this.tooLarge = tooLarge;
	}

	/**
	 * Whether the content was refused for its size (the resident may send a smaller one).
	 */
	public boolean tooLarge() {
		return tooLarge;
	}

}
