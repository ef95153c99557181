package io.tsutawaru.notifier.notice;

import java.time.Instant;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;

/** A row of {@code notices} with its translations. */
record NoticeRow(long id, NoticeDraft draft, NoticeState state, int revision, String createdBy, String approvedBy,
		Audience audience, Instant sentAt) {
}
