package io.tsutawaru.notifier;

/** The action does not fit where the notice is in its lifecycle (e.g. approving a sent notice). */
public class NoticeStateException extends RuntimeException {

	public NoticeStateException(String reason) {
		super(reason);
	}

}
