package io.tsutawaru.notifier.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.NoticeView;

/**
 * What staff get back for a new notice: its id, where it now is, and how many residents
 * it reaches.
 */
@Schema(description = "The new notice's id, its place in the lifecycle, and the residents its segment rule reaches.")
record NoticeReceipt(long id, @Schema(
		description = "Place in the lifecycle, as in Notice: usually sending for emergency staff (and for PR staff "
				+ "when no approval is configured), awaiting-approval for PR staff, draft when the request asked for "
				+ "one, scheduled when sendAt is later.") String status,
		Audience audience) {

	static NoticeReceipt of(NoticeView notice) {
		return new NoticeReceipt(notice.id(), NoticeJson.word(notice.state()), notice.audience());
	}

}
