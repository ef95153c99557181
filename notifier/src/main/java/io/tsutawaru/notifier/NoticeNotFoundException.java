package io.tsutawaru.notifier;

/** There is no notice with this id. */
public class NoticeNotFoundException extends RuntimeException {

	public NoticeNotFoundException(long noticeId) {
		super("There is no notice " + noticeId);
	}

}
