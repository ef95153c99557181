package io.tsutawaru.notifier;

import java.util.List;

/**
 * Notices to residents, from draft to delivery, for the REST API and the staff console.
 * Every change is audited with the staff member who made it.
 */
public interface Notices {

	/**
	 * Saves a notice and, unless it is a draft, submits it: an emergency or a notice by
	 * emergency staff is sent at once (or at its send time); a PR notice waits for a
	 * second staff member when approval is configured.
	 * @throws NoticeForbiddenException when PR staff try to send an emergency
	 * @throws InvalidNoticeException when the notice is incomplete or its segment rule is
	 * invalid
	 */
	NoticeView create(NoticeDraft draft, StaffMember author);

	/**
	 * Checks a notice as {@link #create} does, without saving it: for what will become
	 * notices later (recurring broadcasts), so that staff hear of a problem while they
	 * write, not when an occurrence fails.
	 * @throws InvalidNoticeException when the notice is incomplete or holds what no
	 * channel can carry
	 * @throws InvalidSegmentRuleException when its segment rule is invalid
	 */
	void check(NoticeDraft draft);

	/**
	 * Submits a draft (or a returned notice), as {@link #create} does for a notice that
	 * is not a draft.
	 */
	NoticeView submit(long noticeId, StaffMember author);

	/**
	 * Approves what awaits approval: a notice (it is then scheduled, or sent at once), or
	 * the follow-up of a published notice (it is then published as a new version). The
	 * approver must be PR staff, and neither the notice's author nor anyone who changed
	 * it since it was last approved.
	 * @throws NoticeForbiddenException when the approver wrote or changed it, or is not
	 * PR staff
	 * @throws NoticeStateException when nothing of the notice awaits approval
	 */
	NoticeView approve(long noticeId, StaffMember approver);

	/**
	 * Returns what awaits approval to its author with a comment (差し戻し): the notice
	 * becomes {@link NoticeState#RETURNED}, to be changed and submitted again; a
	 * follow-up stays held, marked returned, and the published version stays as it is.
	 * Who may return is who may approve.
	 * @throws InvalidNoticeException when the comment is blank or longer than 2,000
	 * characters
	 * @throws NoticeForbiddenException when the reviewer wrote or changed it, or is not
	 * PR staff
	 * @throws NoticeStateException when nothing of the notice awaits approval
	 */
	NoticeView reject(long noticeId, String comment, StaffMember reviewer);

	/**
	 * Changes a notice. Before it is published this replaces it; a change by staff whose
	 * notices need approval sends an approved (scheduled) notice back to approval,
	 * whatever changed: text, audience, channels or time. After it is published this
	 * makes a follow-up that reaches every channel it went to (a LINE follow-up, the page
	 * marked updated, a CAP Update referencing the earlier documents) — at once when
	 * emergency staff write it, otherwise held for approval while the published version
	 * stays as it is.
	 */
	NoticeView update(long noticeId, NoticeDraft changes, StaffMember editor);

	/**
	 * Cancels a notice: before sending it simply does not go out; after sending every
	 * channel it went to gets the cancellation, a message of its own saying what is
	 * cancelled, when it was issued and why (CAP msgType Cancel referencing the earlier
	 * documents, with the reason as its note), never the cancelled text again.
	 * @param reason why; required once the notice went out
	 * @throws InvalidNoticeException when a notice that went out is cancelled without a
	 * reason
	 */
	NoticeView cancel(long noticeId, String reason, StaffMember editor);

	/**
	 * What {@link #cancel} would send for a notice that went out, without sending
	 * anything: the cancellation's title, body and translations, for staff to read before
	 * they confirm.
	 * @throws InvalidNoticeException when the reason is missing
	 * @throws NoticeStateException when the notice did not go out
	 */
	NoticeDraft cancellation(long noticeId, String reason);

	/** The notice with its per-channel progress, for live progress bars. */
	NoticeView find(long noticeId);

	/** The most recent notices first. */
	List<NoticeView> recent(int limit);

	/**
	 * Residents reached per channel and overall by one published version (1 for the first
	 * publication), with the reasons of failures.
	 */
	Reach reach(long noticeId, int revision);

	/** Who did what to a notice, oldest first. */
	List<AuditEntry> history(long noticeId);

}
