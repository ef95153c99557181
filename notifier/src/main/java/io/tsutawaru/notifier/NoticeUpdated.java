package io.tsutawaru.notifier;

import java.time.Instant;

/** A published notice got a new version. */
public record NoticeUpdated(long noticeId, int revision, Instant at) {
}
