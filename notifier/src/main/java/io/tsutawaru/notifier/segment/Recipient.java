package io.tsutawaru.notifier.segment;

/**
 * A selected resident as the fan-out needs them: where they can be reached, and in which
 * language.
 *
 * @param subscriberId the subscriber
 * @param lineUserId set when the resident follows the account (active), otherwise null
 * @param email set when the resident confirmed an address, otherwise null
 * @param language the preferred language, or null
 */
public record Recipient(long subscriberId, String lineUserId, String email, String language) {
}
