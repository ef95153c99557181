package io.tsutawaru.notifier;

import java.time.Instant;

/** A notice was cancelled. */
public record NoticeCancelled(long noticeId, int revision, Instant at) {
}
