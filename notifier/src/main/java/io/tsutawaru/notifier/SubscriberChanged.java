package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * A subscriber changed their attributes (carries no personal data, only the subscriber's
 * number).
 */
public record SubscriberChanged(long subscriberId, Instant at) {
}
