package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.List;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView.Returned;

/**
 * A row of {@code notices} with its translations.
 *
 * @param editedBy who changed it since it was last approved
 * @param returned the last return to its author since it was last approved, or null
 */
record NoticeRow(long id, NoticeDraft draft, NoticeState state, int revision, String createdBy, String approvedBy,
		Audience audience, Instant sentAt, List<String> editedBy, Returned returned) {
}
