package io.tsutawaru.bot.line;

import java.time.Instant;

/**
 * Whom to answer and how fresh the chance to reply is.
 *
 * @param userId the resident's LINE user id
 * @param replyToken the event's reply token, or {@code null} when it had none
 * @param occurredAt when LINE says the event happened; the token expires about a minute
 * later
 * @param redelivered whether LINE sent the event again; a redelivered event's token is no
 * longer usable
 */
public record ReplyTarget(String userId, String replyToken, Instant occurredAt, boolean redelivered) {
}
