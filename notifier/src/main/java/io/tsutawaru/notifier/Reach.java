package io.tsutawaru.notifier;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who a published version of a notice reached: residents per channel and overall, and
 * what failed, with reasons. Reasons never name a resident.
 *
 * @param noticeId the notice
 * @param revision the version counted (1 is the first publication)
 * @param residents distinct residents reached on LINE or by e-mail (a LINE broadcast
 * counts every follower)
 * @param reached residents (or documents) accepted per channel
 * @param failed residents (or documents) given up on per channel
 * @param failures the reasons, with how many recipients each concerns
 */
@Schema(description = "Whom a published version of a notice reached; reasons never name a resident.")
public record Reach(long noticeId,
		@Schema(description = "The version counted; 1 is the first publication.") int revision,
		@Schema(description = "Distinct residents reached on LINE or by e-mail (a LINE broadcast counts every "
				+ "follower).") long residents,
		@Schema(description = "Residents (or documents) accepted, keyed by channel name (LINE, EMAIL, WEBSITE, CAP, "
				+ "LALERT, RADIO).") Map<Channel, Long> reached,
		@Schema(description = "Residents (or documents) given up on, keyed by channel name.") Map<Channel, Long> failed,
		List<Failure> failures) {

	/** One reason for failures on a channel. */
	@Schema(description = "One reason for failures on a channel, and how many recipients it concerns.")
	public record Failure(Channel channel, String reason, long recipients) {
	}

}
