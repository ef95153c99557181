package io.tsutawaru.jma.template;

import java.time.Clock;

import org.springframework.stereotype.Component;

import io.tsutawaru.jma.rule.Decision;
import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.notifier.NoticeDraft;

/**
 * The notices a fired rule sends: per kind of telegram, a title and body in natural Japanese with the area names,
 * the levels and the time in the city's clock, and their English and easy-Japanese translations.
 */
@Component
public class NoticeTemplates {

	private final Clock cityClock;

	public NoticeTemplates(Clock cityClock) {
		this.cityClock = cityClock;
	}

	/** The first notice of an event. */
	public NoticeDraft firstReport(Telegram telegram, Decision.Fire fire) {
		throw new UnsupportedOperationException("not yet written");
	}

	/** The update of an event's notice by a correction (訂正) or a later report of the same {@code EventID}. */
	public NoticeDraft update(Telegram telegram, Decision.Fire fire) {
		throw new UnsupportedOperationException("not yet written");
	}

	/** The update of an event's notice saying that its warnings are lifted (解除). */
	public NoticeDraft lifted(Telegram telegram, Decision.Lift lift) {
		throw new UnsupportedOperationException("not yet written");
	}

	/** The reason given to {@code Notices.cancel} when JMA cancels (取消) the event's report. */
	public String cancellationReason(Telegram telegram) {
		throw new UnsupportedOperationException("not yet written");
	}

}
