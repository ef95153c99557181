package io.tsutawaru.jma.telegram;

/** Reads JMA's disaster XML telegrams securely: no DTD, no external entity, a size limit. */
public final class TelegramParser {

	/** The largest telegram read, in bytes: JMA's largest reports (地震情報 of a great earthquake) are far smaller. */
	public static final int MAX_BYTES = 4 * 1024 * 1024;

	private TelegramParser() {
	}

	/**
	 * Reads one telegram.
	 *
	 * @throws UnreadableTelegramException for anything that is not a readable JMA report, and for nothing else
	 */
	public static Telegram parse(byte[] xml) throws UnreadableTelegramException {
		throw new UnreadableTelegramException(UnreadableTelegramException.Reason.NOT_XML, "not yet read");
	}

}
