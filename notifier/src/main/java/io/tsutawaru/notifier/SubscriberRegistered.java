package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * A subscriber was registered or came back (carries no personal data, only the
 * subscriber's number).
 */
public record SubscriberRegistered(long subscriberId, Instant at) {
}
