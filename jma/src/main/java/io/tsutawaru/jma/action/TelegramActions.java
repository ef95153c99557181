package io.tsutawaru.jma.action;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.JmaRules;
import io.tsutawaru.jma.feed.ReceivedTelegram;
import io.tsutawaru.jma.feed.TelegramAction;
import io.tsutawaru.jma.feed.TelegramHandler;
import io.tsutawaru.jma.feed.TelegramOutcome;
import io.tsutawaru.jma.rule.Decision;
import io.tsutawaru.jma.rule.RuleMatching;
import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramParser;
import io.tsutawaru.jma.telegram.UnreadableTelegramException;
import io.tsutawaru.jma.template.NoticeTemplates;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Acts on a telegram as emergency staff would on the emergency screen: the first report
 * of an event is sent at once (or drafted for one-click approval, as its rule says); a
 * later report or a correction (訂正) updates that notice, never a second alert; a lift
 * (解除) is an update that says so; a cancellation (取消) cancels it with a message of its
 * own. The actor is the system, named with the telegram's id, so the notice's audit trail
 * says which telegram did what. Runs in the telegram's transaction
 * ({@link TelegramHandler}).
 */
@Component
class TelegramActions implements TelegramHandler {

	/**
	 * Who acts: emergency rights, because what it sends is an emergency, and a name no
	 * member of staff has.
	 */
	static final String ACTOR_PREFIX = "system:jma-telegram:";

	/**
	 * Reasons of the telegrams this class ignores; their words are
	 * {@code jma.ignored.<reason>} in the bundle.
	 */
	static final String NO_NOTICE_TO_CANCEL = "no-notice-to-cancel";

	static final String NO_NOTICE_TO_LIFT = "no-notice-to-lift";

	static final String WITHDRAWN_BEFORE_ARRIVAL = "withdrawn-before-arrival";

	/**
	 * The city's rules; none while no module provides them (every telegram is then
	 * recorded as ignored).
	 */
	private final ObjectProvider<JmaRules> rules;

	private final NoticeTemplates templates;

	private final Notices notices;

	private final EventNotices events;

	TelegramActions(ObjectProvider<JmaRules> rules, NoticeTemplates templates, Notices notices, EventNotices events) {
		this.rules = rules;
		this.templates = templates;
		this.notices = notices;
		this.events = events;
	}

	@Override
	public TelegramOutcome act(ReceivedTelegram received) {
		Telegram telegram;
		try {
			telegram = TelegramParser.parse(received.xml());
		}
		catch (UnreadableTelegramException ex) {
			return TelegramOutcome.unreadable(received.feedTitle(),
					"unreadable: " + ex.reason().name().toLowerCase().replace('_', '-'));
		}
		StaffMember system = new StaffMember(ACTOR_PREFIX + received.id(), Set.of("EMERGENCY"));
		Decision decision = RuleMatching.decide(telegram, cityRules());
		Optional<String> key = EventNotices.key(telegram);
		Optional<EventNotices.EventNotice> known = key.flatMap(events::lock);
		Optional<EventNotices.EventNotice> event = known.filter(row -> !row.cancelled());
		return switch (decision) {
			case Decision.Ignored ignored -> outcome(telegram, TelegramAction.IGNORED,
					ignored.reason().code() + (ignored.detail().isEmpty() ? "" : ": " + ignored.detail()), null);
			case Decision.Cancel cancel -> event.map(row -> {
				NoticeView cancelled = notices.cancel(row.noticeId(), templates.cancellationReason(telegram), system);
				events.cancelled(row.key(), telegram.reportDateTime());
				return outcome(telegram, TelegramAction.CANCELLED, null, cancelled.id());
			}).orElseGet(() -> cancelledFirst(telegram, key, known.isPresent()));
			case Decision.Lift lift -> event.map(row -> update(telegram, row, templates.lifted(telegram, lift), system))
				.orElseGet(() -> outcome(telegram, TelegramAction.IGNORED, NO_NOTICE_TO_LIFT, null));
			case Decision.Fire fire -> event.map(row -> update(telegram, row, templates.update(telegram, fire), system))
				.orElseGet(() -> known.filter(row -> row.withdrew(telegram.reportDateTime()))
					.map(row -> outcome(telegram, TelegramAction.IGNORED, WITHDRAWN_BEFORE_ARRIVAL, null))
					.orElseGet(() -> first(telegram, fire, key, known.isPresent(), system)));
		};
	}

	/**
	 * A 取消 with no notice to cancel: when it names its event, the event remembers it,
	 * because the report it withdraws may still arrive (feeds are read in turn, an entry
	 * may be retried) and must then send nothing.
	 */
	private TelegramOutcome cancelledFirst(Telegram telegram, Optional<String> key, boolean known) {
		key.ifPresent(event -> events.cancelledFirst(event, telegram.reportDateTime(), known));
		return outcome(telegram, TelegramAction.IGNORED, NO_NOTICE_TO_CANCEL, null);
	}

	private List<JmaRule> cityRules() {
		JmaRules city = rules.getIfAvailable();
		return city == null ? List.of() : city.all();
	}

	private TelegramOutcome first(Telegram telegram, Decision.Fire fire, Optional<String> key, boolean known,
			StaffMember system) {
		boolean draft = fire.rule().action() == JmaRule.Action.DRAFT;
		NoticeView created = notices.create(NoticeDrafts.asDraft(templates.firstReport(telegram, fire), draft), system);
		// A row that exists here is an event whose notice was cancelled (or whose 取消 came
		// first, for an earlier
		// report): this later report starts it again.
		key.ifPresent(event -> events.produced(event, created.id(), known));
		return outcome(telegram, draft ? TelegramAction.DRAFTED : TelegramAction.SENT, null, created.id());
	}

	/**
	 * A draft still waiting for approval stays a draft: the update replaces what staff
	 * will approve.
	 */
	private TelegramOutcome update(Telegram telegram, EventNotices.EventNotice known, NoticeDraft changes,
			StaffMember system) {
		boolean stillDraft = notices.find(known.noticeId()).state().beingWritten();
		NoticeView updated = notices.update(known.noticeId(), NoticeDrafts.asDraft(changes, stillDraft), system);
		return outcome(telegram, TelegramAction.UPDATED, null, updated.id());
	}

	private static TelegramOutcome outcome(Telegram telegram, TelegramAction action, String reason, Long noticeId) {
		return new TelegramOutcome(telegram.title(), telegram.infoKind(), telegram.infoType().japanese(),
				telegram.status().japanese(), telegram.eventId(), action, reason, noticeId);
	}

}
