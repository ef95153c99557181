package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * A resident who receives notices on LINE and/or by e-mail.
 *
 * @param id the subscriber's number, the only identifier that events carry
 * @param lineUserId the LINE user id, or null for an e-mail-only subscriber
 * @param email the e-mail address, or null
 * @param emailConfirmed whether the resident confirmed the address; only confirmed
 * addresses receive notices
 * @param preferences the attributes segment rules select on
 * @param active false once the resident unfollowed the account
 * @param consentAt when the resident agreed to receive notices, or null
 */
public record Subscriber(long id, String lineUserId, String email, boolean emailConfirmed, Preferences preferences,
		boolean active, Instant consentAt) {
}
