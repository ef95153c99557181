package io.tsutawaru.notifier;

/**
 * Where a notice is in its life: draft → awaiting approval → scheduled → sending → sent /
 * partly failed / cancelled. A reviewer may send a notice awaiting approval back to its
 * author (returned, 差し戻し): like a draft, it can be changed and submitted again.
 */
public enum NoticeState {

	DRAFT, AWAITING_APPROVAL, RETURNED, SCHEDULED, SENDING, SENT, PARTLY_FAILED, CANCELLED;

	/**
	 * Whether the notice has gone out, so updates and cancellations must reach its
	 * channels.
	 */
	public boolean published() {
		return this == SENDING || this == SENT || this == PARTLY_FAILED;
	}

	/**
	 * Whether its author is still writing it: a draft, or a notice a reviewer returned.
	 */
	public boolean beingWritten() {
		return this == DRAFT || this == RETURNED;
	}

}
