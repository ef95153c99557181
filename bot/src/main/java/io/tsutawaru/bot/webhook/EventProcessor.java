package io.tsutawaru.bot.webhook;

import java.util.List;
import java.util.Optional;

import com.linecorp.bot.webhook.model.Event;
import io.tsutawaru.bot.conversation.ConversationRouter;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Routed;
import io.tsutawaru.bot.line.ReplyTarget;
import io.tsutawaru.bot.line.ResidentMessenger;
import io.tsutawaru.bot.webhook.ConversationLog.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Handles one queued event: once only, within the resident's rate limit, through its
 * conversation, and with an apology rather than silence when something inside fails.
 */
@Component
class EventProcessor {

	private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

	private final RedeliveryFilter redeliveries;

	private final ResidentRateLimit rateLimit;

	private final ConversationRouter router;

	private final ResidentMessenger messenger;

	private final ResidentTexts texts;

	private final ConversationLog conversationLog;

	EventProcessor(RedeliveryFilter redeliveries, ResidentRateLimit rateLimit, ConversationRouter router,
			ResidentMessenger messenger, ResidentTexts texts, ConversationLog conversationLog) {
		this.redeliveries = redeliveries;
		this.rateLimit = rateLimit;
		this.router = router;
		this.messenger = messenger;
		this.texts = texts;
		this.conversationLog = conversationLog;
	}

	/**
	 * @param reclaimed whether the event was taken over from a process that died while
	 * handling it; its id is already marked as seen, by that very process, so the
	 * redelivery check would wrongly drop it
	 */
	void process(Event event, boolean reclaimed) {
		try {
			if (!redeliveries.firstTime(event.webhookEventId()) && !reclaimed) {
				log.debug("Event {} already handled", event.webhookEventId());
				return;
			}
			Optional<Incoming> incoming = EventTranslator.incoming(event);
			if (incoming.isEmpty()) {
				log.debug("Event {} of kind {} ignored", event.webhookEventId(), EventTranslator.kind(event));
				return;
			}
			handle(event, incoming.get());
		}
		catch (RuntimeException ex) {
			// Last resort: a failure here must not kill the worker's thread.
			log.error("Event {} could not be processed", event.webhookEventId(), ex);
		}
	}

	private void handle(Event event, Incoming incoming) {
		String userId = incoming.userId();
		String kind = EventTranslator.kind(event);
		ReplyTarget target = EventTranslator.target(event, userId);
		var verdict = incoming instanceof Incoming.Unfollowed ? ResidentRateLimit.Verdict.ALLOW
				: rateLimit.check(userId);
		if (verdict != ResidentRateLimit.Verdict.ALLOW) {
			if (verdict == ResidentRateLimit.Verdict.WARN) {
				messenger.answer(target, List.of(Replies.text(texts.text("ja", "rate-limited"))));
			}
			conversationLog.record(userId, kind, null, null, Outcome.RATE_LIMITED);
			return;
		}
		Routed routed;
		try {
			routed = router.route(incoming);
		}
		catch (RuntimeException ex) {
			log.error("Event {} failed in its conversation", event.webhookEventId(), ex);
			messenger.answer(target, List.of(Replies.text(texts.text("ja", "sorry-failed"))));
			conversationLog.record(userId, kind, null, null, Outcome.FAILED);
			return;
		}
		boolean delivered = messenger.answer(target, routed.messages());
		Outcome outcome = routed.messages().isEmpty() ? Outcome.SILENT
				: delivered ? Outcome.ANSWERED : Outcome.DELIVERY_FAILED;
		conversationLog.record(userId, kind, routed.topic(), routed.language(), outcome);
	}

}
