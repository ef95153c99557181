package io.tsutawaru.jma.action;

import java.util.EnumSet;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;

/** What a template wrote, made into what the rule does with it. */
final class NoticeDrafts {

	private NoticeDrafts() {
	}

	/** The notice saved as a draft or sent, on every channel when the rule named none. */
	static NoticeDraft asDraft(NoticeDraft notice, boolean draft) {
		return new NoticeDraft(notice.title(), notice.body(), notice.link(), notice.severity(), notice.status(),
				notice.topic(), notice.channels().isEmpty() ? EnumSet.allOf(Channel.class) : notice.channels(),
				notice.segmentRule(), notice.translations(), notice.areaNames(), notice.areaCodes(), notice.sendAt(),
				notice.expiresAt(), draft, notice.kind());
	}

}
