package io.tsutawaru.jma;

import java.time.Instant;

/**
 * A telegram received and what was done with it, for staff (the console's JMA page;
 * {@code GET /api/jma/telegrams} names the same fields).
 *
 * @param id its row in the telegrams received, also in the audit's actor
 * ({@code system:jma-telegram:<id>})
 * @param title {@code Control/Title}, or the feed's title when the telegram could not be
 * read
 * @param infoKind {@code Head/InfoKind}, or null
 * @param infoType 発表, 訂正 or 取消, or null
 * @param status 通常, 訓練 or 試験, or null
 * @param eventId {@code Head/EventID}, or null
 * @param receivedAt when it was fetched
 * @param action sent, drafted, updated, cancelled or ignored
 * @param reason why it was ignored: a code (the last part of the message key
 * {@code jma.ignored.<code>}), then {@code ": "} and the detail (the message's
 * {@code {0}}), e.g. {@code below-minimum: 震度3}; or null
 * @param noticeId the notice sent, drafted, updated or cancelled, or null
 */
public record JmaTelegram(long id, String title, String infoKind, String infoType, String status, String eventId,
		Instant receivedAt, String action, String reason, Long noticeId) {
}
