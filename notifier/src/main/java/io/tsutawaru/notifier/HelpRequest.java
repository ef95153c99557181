package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * A resident who answered 支援が必要です, with what they shared, for staff to follow up.
 *
 * @param subscriberId the resident
 * @param area their registered area, or null
 * @param channel where they answered: {@code line} or {@code email}
 * @param answeredAt when
 * @param latitude where they are, or null when they did not say
 * @param longitude where they are, or null
 * @param note what they wrote, or null
 * @param handledBy the member of staff who marked it handled, or null while open
 * @param handledAt when, or null
 */
public record HelpRequest(long subscriberId, String area, String channel, Instant answeredAt, Double latitude,
		Double longitude, String note, String handledBy, Instant handledAt) {

	/** Whether staff marked it handled. */
	public boolean handled() {
		return handledBy != null;
	}

}
