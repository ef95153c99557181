package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * A batch of a notice's delivery plan was finished on its channel (accepted, or given up on after retries).
 *
 * @param sent recipients (or documents) the channel accepted
 * @param failed recipients (or documents) given up on
 */
public record DeliveryBatchSent(long noticeId, int revision, Channel channel, int sent, int failed, Instant at) {
}
