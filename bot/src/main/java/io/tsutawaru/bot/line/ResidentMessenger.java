package io.tsutawaru.bot.line;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.PushOutcome;
import io.tsutawaru.notifier.Subscribers;
import io.tsutawaru.infrastructure.line.LineClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one place the bot sends messages to residents. An answer goes out as a reply while
 * the event's reply token is fresh (free of charge and tied to the question); when the
 * answer took too long, the event was redelivered, or LINE refused the reply, it is
 * pushed instead, so the resident is never left without one.
 */
@Component
public class ResidentMessenger {

	private static final Logger log = LoggerFactory.getLogger(ResidentMessenger.class);

	/** LINE accepts at most five messages per reply or push. */
	private static final int PER_REQUEST = 5;

	private final LineClients line;

	private final Subscribers subscribers;

	private final Duration replyDeadline;

	private final Duration callTimeout;

	ResidentMessenger(LineClients line, Subscribers subscribers, BotProperties properties) {
		this.line = line;
		this.subscribers = subscribers;
		this.replyDeadline = properties.replyDeadline();
		this.callTimeout = properties.lineCallTimeout();
	}

	/**
	 * Answers an event: by reply when possible, by push otherwise; messages beyond the
	 * first five are pushed.
	 * @return whether every message was accepted by LINE
	 */
	public boolean answer(ReplyTarget target, List<Message> messages) {
		if (messages.isEmpty()) {
			return true;
		}
		List<List<Message>> batches = batches(messages);
		int next = 0;
		if (replyable(target) && reply(target, batches.get(0))) {
			next = 1;
		}
		boolean delivered = true;
		for (List<Message> batch : batches.subList(next, batches.size())) {
			delivered &= push(target.userId(), batch) instanceof PushOutcome.Pushed;
		}
		return delivered;
	}

	/**
	 * Sends staff's messages (answers, report status changes) unless the resident blocked
	 * the account. A resident the notifier does not know (a friend from before the
	 * service ran, who never registered) still chats with the bot and is pushed to; only
	 * one known to have left is not.
	 */
	public PushOutcome pushFromStaff(String userId, List<Message> messages) {
		boolean left = subscribers.findByLineUserId(userId).map(subscriber -> !subscriber.active()).orElse(false);
		return left ? new PushOutcome.ResidentLeft() : push(userId, messages);
	}

	/**
	 * Sends messages the resident did not ask for just now (staff answers, report status
	 * changes, late answers). A call that failed on LINE's side or on the way (5xx,
	 * time-out) is tried once more with the same retry key, so that LINE delivers it at
	 * most once even when the first call had in fact been accepted.
	 */
	public PushOutcome push(String userId, List<Message> messages) {
		UUID retryKey = UUID.randomUUID();
		var request = new PushMessageRequest(userId, messages, false, null);
		try {
			return pushOnce(retryKey, request);
		}
		catch (LineCallFailedException first) {
			if (!first.worthRetrying()) {
				log.warn("Push to a resident refused: {}", first.getMessage());
				return new PushOutcome.Failed(first.getMessage());
			}
			try {
				return pushOnce(retryKey, request);
			}
			catch (LineCallFailedException second) {
				if (second.alreadyAccepted()) {
					// 409: the first call reached LINE after all; the retry key kept it
					// from arriving twice.
					return new PushOutcome.Pushed(second.requestId());
				}
				log.warn("Push to a resident failed twice: {}", second.getMessage());
				return new PushOutcome.Failed(second.getMessage());
			}
		}
	}

	private PushOutcome pushOnce(UUID retryKey, PushMessageRequest request) {
		Result<?> result = await(line.messaging().pushMessage(retryKey, request));
		return new PushOutcome.Pushed(result.requestId());
	}

	private boolean replyable(ReplyTarget target) {
		if (target.replyToken() == null || target.redelivered() || target.occurredAt() == null) {
			return false;
		}
		return Instant.now().isBefore(target.occurredAt().plus(replyDeadline));
	}

	private boolean reply(ReplyTarget target, List<Message> batch) {
		try {
			await(line.messaging().replyMessage(new ReplyMessageRequest(target.replyToken(), batch, false)));
			return true;
		}
		catch (LineCallFailedException ex) {
			log.info("Reply refused, pushing instead: {}", ex.getMessage());
			return false;
		}
	}

	private <T> T await(CompletableFuture<T> call) {
		try {
			return call.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new LineCallFailedException(ex.getCause());
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			throw new LineCallFailedException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LineCallFailedException(ex);
		}
	}

	private static List<List<Message>> batches(List<Message> messages) {
		List<List<Message>> batches = new ArrayList<>();
		for (int i = 0; i < messages.size(); i += PER_REQUEST) {
			batches.add(messages.subList(i, Math.min(messages.size(), i + PER_REQUEST)));
		}
		return batches;
	}

}
