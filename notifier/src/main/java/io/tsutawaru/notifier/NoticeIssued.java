package io.tsutawaru.notifier;

import java.time.Instant;

/** A notice was published for the first time. */
public record NoticeIssued(long noticeId, int revision, Instant at) {
}
