package io.tsutawaru.app.console;

import java.util.List;

import io.tsutawaru.jma.JmaTelegram;
import io.tsutawaru.jma.JmaTelegramLog;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;

import org.springframework.stereotype.Component;

/**
 * The notices JMA's telegrams drafted (rules whose action is "draft") that nobody sent
 * yet. Both the emergency screen and the telegrams page list them, each sent with one
 * click: at 3 a.m. the member of staff who answers the phone opens the emergency screen,
 * not the page of telegrams.
 */
@Component
class JmaDrafts {

	/** How many of the latest drafting telegrams are looked at. */
	private static final int DRAFTS_READ = 200;

	private final JmaTelegramLog telegrams;

	private final Notices notices;

	JmaDrafts(JmaTelegramLog telegrams, Notices notices) {
		this.telegrams = telegrams;
		this.notices = notices;
	}

	/** A notice a telegram drafted that is still a draft. */
	record DraftWaiting(JmaTelegram telegram, NoticeView notice) {
	}

	/** The drafts of the latest telegrams that nobody sent yet, newest first. */
	List<DraftWaiting> waiting() {
		return telegrams.drafted(DRAFTS_READ)
			.stream()
			.map(entry -> new DraftWaiting(entry, notices.find(entry.noticeId())))
			.filter(draft -> draft.notice().state().beingWritten())
			.toList();
	}

	/** Whether the notice is one of them: only those are sent from these pages. */
	boolean isWaiting(long noticeId) {
		return waiting().stream().anyMatch(draft -> draft.notice().id() == noticeId);
	}

}
