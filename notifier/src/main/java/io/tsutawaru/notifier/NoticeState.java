package io.tsutawaru.notifier;

/** Where a notice is in its life: draft → awaiting approval → scheduled → sending → sent / partly failed / cancelled. */
public enum NoticeState {

	DRAFT, AWAITING_APPROVAL, SCHEDULED, SENDING, SENT, PARTLY_FAILED, CANCELLED;

	/** Whether the notice has gone out, so updates and cancellations must reach its channels. */
	public boolean published() {
		return this == SENDING || this == SENT || this == PARTLY_FAILED;
	}

}
