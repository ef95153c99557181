package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * A subscriber left: unfollowed the account (carries no personal data, only the
 * subscriber's number).
 */
public record SubscriberLeft(long subscriberId, Instant at) {
}
