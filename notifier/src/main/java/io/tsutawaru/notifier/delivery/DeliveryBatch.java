package io.tsutawaru.notifier.delivery;

import java.util.List;

import io.tsutawaru.notifier.Channel;

/**
 * One unit of work of a notice's delivery plan.
 *
 * @param id the batch, stable across retries
 * @param noticeId the notice
 * @param revision the published version being delivered
 * @param channel where it goes
 * @param language the language of every recipient in the batch (LINE sends one text per
 * batch), or null
 * @param emergency whether it jumps ahead of routine batches
 * @param recipients who receives it; empty for broadcasts and documents (website, CAP,
 * L-Alert, radio)
 * @param retryKey the LINE {@code X-Line-Retry-Key}: the same for every attempt, so
 * retries never duplicate
 */
public record DeliveryBatch(long id, long noticeId, int revision, Channel channel, String language, boolean emergency,
		List<Address> recipients, String retryKey) {

	/**
	 * A recipient: the subscriber and the LINE user id or e-mail address used on this
	 * channel.
	 */
	public record Address(long subscriberId, String value) {
	}

	/**
	 * A batch without recipients goes to everyone at once (LINE broadcast) or publishes a
	 * document.
	 */
	public boolean broadcast() {
		return recipients.isEmpty();
	}

}
