package io.tsutawaru.jma.feed;

/**
 * What a telegram said and what was done with it, as recorded in the telegrams received.
 *
 * @param title {@code Control/Title}, or the feed's title when the telegram could not be
 * read
 * @param infoKind {@code Head/InfoKind}, or null
 * @param infoType 発表, 訂正 or 取消, or null
 * @param status {@code Control/Status}: 通常, 訓練 or 試験, or null
 * @param eventId {@code Head/EventID}, or null
 * @param action what was done
 * @param reason why (always for {@link TelegramAction#IGNORED}), or null
 * @param noticeId the notice sent, drafted, updated or cancelled, or null
 */
public record TelegramOutcome(String title, String infoKind, String infoType, String status, String eventId,
		TelegramAction action, String reason, Long noticeId) {

	/** A telegram nothing could be read from. */
	public static TelegramOutcome unreadable(String feedTitle, String reason) {
		return new TelegramOutcome(feedTitle, null, null, null, null, TelegramAction.IGNORED, reason, null);
	}

}
