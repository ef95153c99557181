package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * A batch of a notice's delivery plan was finished on its channel (accepted, or given up
 * on after retries), and where the version's whole delivery stands after it. This is the
 * only way the end of a delivery is told: the notice is marked sent (or partly failed)
 * when an event says its latest version is {@link Plan#FINISHED finished}.
 *
 * @param channel the batch's channel; null when the event only announces that a version's
 * delivery is finished without a batch of its own (nothing was planned, or the
 * announcement after its last batch was lost in a crash)
 * @param sent recipients (or documents) the channel accepted
 * @param failed recipients (or documents) given up on
 * @param plan where the version's whole delivery stands
 */
public record DeliveryBatchSent(long noticeId, int revision, Channel channel, int sent, int failed, Instant at,
		Plan plan) {

	/** An announcement that a version's delivery is finished, without a batch. */
	public static DeliveryBatchSent finished(long noticeId, int revision, Plan plan, Instant at) {
		return new DeliveryBatchSent(noticeId, revision, null, 0, 0, at, plan);
	}

	/** Where a version's delivery stands. */
	public enum Plan {

		/** Batches are left to send, or recipients left to plan. */
		UNDERWAY,

		/** Every batch is finished and none failed. */
		FINISHED,

		/**
		 * Every batch is finished and some recipients (or documents) were given up on.
		 */
		FINISHED_WITH_FAILURES;

		/** Whether nothing of the version is left to send. */
		public boolean finished() {
			return this != UNDERWAY;
		}

	}

}
