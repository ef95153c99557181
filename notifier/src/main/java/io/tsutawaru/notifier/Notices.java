package io.tsutawaru.notifier;

import java.util.List;

/**
 * Notices to residents, from draft to delivery, for the REST API and the staff console. Every change is
 * audited with the staff member who made it.
 */
public interface Notices {

	/**
	 * Saves a notice and, unless it is a draft, submits it: an emergency or a notice by emergency staff is sent at
	 * once (or at its send time); a PR notice waits for a second staff member when approval is configured.
	 *
	 * @throws NoticeForbiddenException when PR staff try to send an emergency
	 * @throws InvalidNoticeException when the notice is incomplete or its segment rule is invalid
	 */
	NoticeView create(NoticeDraft draft, StaffMember author);

	/**
	 * Checks a notice as {@link #create} does, without saving it: for what will become notices later (recurring
	 * broadcasts), so that staff hear of a problem while they write, not when an occurrence fails.
	 *
	 * @throws InvalidNoticeException when the notice is incomplete or holds what no channel can carry
	 * @throws InvalidSegmentRuleException when its segment rule is invalid
	 */
	void check(NoticeDraft draft);

	/** Submits a draft, as {@link #create} does for a notice that is not a draft. */
	NoticeView submit(long noticeId, StaffMember author);

	/**
	 * Approves a notice awaiting approval; the approver must not be its author.
	 *
	 * @throws NoticeForbiddenException when the author approves their own notice
	 * @throws NoticeStateException when the notice is not awaiting approval
	 */
	NoticeView approve(long noticeId, StaffMember approver);

	/**
	 * Publishes a new version: before sending this edits the notice; after sending it reaches every channel the
	 * notice went to (a LINE follow-up, the page marked updated, a CAP Update referencing the earlier documents).
	 */
	NoticeView update(long noticeId, NoticeDraft changes, StaffMember editor);

	/**
	 * Cancels a notice: before sending it simply does not go out; after sending every channel it went to hears of
	 * the cancellation (CAP msgType Cancel referencing the earlier documents).
	 */
	NoticeView cancel(long noticeId, String reason, StaffMember editor);

	/** The notice with its per-channel progress, for live progress bars. */
	NoticeView find(long noticeId);

	/** The most recent notices first. */
	List<NoticeView> recent(int limit);

	/**
	 * Residents reached per channel and overall by one published version (1 for the first publication), with the
	 * reasons of failures.
	 */
	Reach reach(long noticeId, int revision);

	/** Who did what to a notice, oldest first. */
	List<AuditEntry> history(long noticeId);

}
