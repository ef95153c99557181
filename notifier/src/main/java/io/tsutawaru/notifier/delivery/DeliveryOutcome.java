package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.util.Map;

/** What a channel made of a batch. */
public sealed interface DeliveryOutcome {

	/**
	 * The channel accepted the batch.
	 *
	 * @param sent recipients (or documents) accepted
	 * @param failed recipients refused for good, with the reason per address (e.g. an
	 * unknown mailbox)
	 */
	record Sent(int sent, Map<String, String> failed) implements DeliveryOutcome {

		public static Sent all(int sent) {
			return new Sent(sent, Map.of());
		}

	}

	/** A temporary failure (429, 5xx, a timeout): try again after the given delay. */
	record Retry(Duration after, String reason) implements DeliveryOutcome {
	}

	/**
	 * The channel refused the whole batch for good (400, 403, a gateway that is not
	 * configured).
	 */
	record Rejected(String reason) implements DeliveryOutcome {
	}

}
