package io.tsutawaru.notifier.delivery;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.PublishedNotice;

/**
 * One way of reaching residents. Each implementation owns its rate limit; the worker owns
 * retries, guided by the {@link DeliveryOutcome} and {@link #maxAttempts()}.
 */
public interface DeliveryChannel {

	Channel channel();

	/**
	 * Delivers one batch of a published notice. Must be safe to call again for the same
	 * batch after a crash: the batch's retry key and its id identify it.
	 */
	DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice);

	/**
	 * Prepares the channel for its first notice without reaching anyone: loads and
	 * compiles what a delivery uses by rendering the sample, and opens connections that
	 * carry no message. Called once after start, so that the first emergency after a
	 * restart is as fast as the others.
	 * @param sample a notice that is rendered, never sent
	 */
	default void warmUp(PublishedNotice sample) throws Exception {
	}

	/** Attempts before a batch that keeps asking for a retry is recorded as failed. */
	default int maxAttempts() {
		return 5;
	}

}
