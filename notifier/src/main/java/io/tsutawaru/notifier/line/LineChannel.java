package io.tsutawaru.notifier.line;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.BroadcastRequest;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MulticastRequest;

import io.tsutawaru.infrastructure.line.LineClients;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.LineOpens;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryChannel;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;
import io.tsutawaru.notifier.delivery.Throttle;

import org.springframework.stereotype.Component;

/**
 * LINE: a multicast per batch (at most 500 user ids), or a broadcast for everyone. Every
 * attempt of a batch carries the batch's {@code X-Line-Retry-Key}, so LINE accepts it
 * once; a 409 for a key LINE already accepted means an earlier attempt got through and
 * counts as sent.
 */
@Component
class LineChannel implements DeliveryChannel {

	private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);

	/** LINE takes at most five messages per push, multicast or broadcast. */
	private static final int MESSAGES_PER_REQUEST = 5;

	private final LineClients clients;

	private final PublicLinks links;

	private final Throttle throttle;

	private final int maxAttempts;

	LineChannel(LineClients clients, PublicLinks links, NotifierProperties properties) {
		this.clients = clients;
		this.links = links;
		this.throttle = new Throttle(properties.line().requestsPerSecond());
		this.maxAttempts = properties.line().maxAttempts();
	}

	@Override
	public Channel channel() {
		return Channel.LINE;
	}

	@Override
	public int maxAttempts() {
		return maxAttempts;
	}

	/**
	 * Builds the SDK client (HTTP client, JSON mapper) and renders the sample's messages;
	 * sends nothing.
	 */
	@Override
	public void warmUp(PublishedNotice sample) {
		LineMessages.of(sample, "ja", links.notice(sample.noticeId()));
		clients.messaging();
	}

	@Override
	public DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice) {
		List<Message> messages = batch.broadcast() ? everyLanguage(notice)
				: List.of(LineMessages.of(notice, batch.language(), links.notice(notice.noticeId(), batch.language())));
		UUID retryKey = UUID.fromString(batch.retryKey());
		throttle.acquire();
		try {
			if (batch.broadcast()) {
				clients.messaging()
					.broadcast(retryKey, new BroadcastRequest(messages, false))
					.get(30, TimeUnit.SECONDS);
			}
			else {
				List<String> to = batch.recipients().stream().map(DeliveryBatch.Address::value).toList();
				clients.messaging()
					.multicast(retryKey, new MulticastRequest(messages, to, false, units(notice)))
					.get(30, TimeUnit.SECONDS);
			}
			return DeliveryOutcome.Sent.all(batch.recipients().size());
		}
		catch (ExecutionException ex) {
			return outcome(ex.getCause(), batch);
		}
		catch (TimeoutException ex) {
			return new DeliveryOutcome.Retry(DEFAULT_BACKOFF, "LINE did not answer within 30 s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new DeliveryOutcome.Retry(DEFAULT_BACKOFF, "interrupted");
		}
	}

	/**
	 * An alert's unit, so LINE counts who opened it ({@link LineOpens}). Only alerts:
	 * LINE limits the number of units a channel may use in a month, which everyday
	 * notices would use up. A broadcast cannot carry a unit (LINE takes
	 * {@code customAggregationUnits} on push and multicast only), so a city-wide alert's
	 * opens are not counted.
	 */
	private static List<String> units(PublishedNotice notice) {
		return notice.content().severity() == Severity.EMERGENCY ? List.of(LineOpens.unit(notice.noticeId())) : null;
	}

	/**
	 * A broadcast reaches every follower, including those who never told the service
	 * their language (followers from before it ran): so it carries the notice in Japanese
	 * and then in each language it is written in, one message each, within LINE's five
	 * per request. Every follower gets their language in one delivery; sending the
	 * translations by multicast as well would reach translated residents twice, and
	 * multicast alone would miss every follower the service does not know
	 * (docs/architecture.md).
	 */
	private List<Message> everyLanguage(PublishedNotice notice) {
		List<Message> messages = new ArrayList<>();
		messages.add(LineMessages.of(notice, "ja", links.notice(notice.noticeId())));
		notice.content()
			.translations()
			.keySet()
			.stream()
			.sorted(Comparator.comparing(LineChannel::order).thenComparing(Comparator.naturalOrder()))
			.limit(MESSAGES_PER_REQUEST - 1L)
			.forEach(language -> messages
				.add(LineMessages.of(notice, language, links.notice(notice.noticeId(), language))));
		return messages;
	}

	/**
	 * English first, as most foreign residents read it; then easy Japanese; then others.
	 */
	private static int order(String language) {
		return switch (language) {
			case "en" -> 0;
			case "easy-ja" -> 1;
			default -> 2;
		};
	}

	private static DeliveryOutcome outcome(Throwable cause, DeliveryBatch batch) {
		if (!(cause instanceof MessagingApiClientException error)) {
			return new DeliveryOutcome.Retry(DEFAULT_BACKOFF, "LINE unreachable: " + cause);
		}
		int code = error.getCode();
		if (code == 409) {
			return DeliveryOutcome.Sent.all(batch.recipients().size());
		}
		if (code == 429 || code >= 500) {
			return new DeliveryOutcome.Retry(retryAfter(error.getHeader("Retry-After")),
					"LINE answered " + code + " " + error.getError());
		}
		return new DeliveryOutcome.Rejected("LINE answered " + code + " " + error.getError());
	}

	/**
	 * Retry-After in seconds, as LINE sends it; the default when absent or unreadable.
	 */
	private static Duration retryAfter(String header) {
		try {
			return header == null ? DEFAULT_BACKOFF : Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
		}
		catch (NumberFormatException ex) {
			return DEFAULT_BACKOFF;
		}
	}

}
