package io.tsutawaru.notifier;

import java.util.List;
import java.util.Map;

/**
 * Who a published version of a notice reached: residents per channel and overall, and what failed, with reasons.
 * Reasons never name a resident.
 *
 * @param noticeId the notice
 * @param revision the version counted (1 is the first publication)
 * @param residents distinct residents reached on LINE or by e-mail (a LINE broadcast counts every follower)
 * @param reached residents (or documents) accepted per channel
 * @param failed residents (or documents) given up on per channel
 * @param failures the reasons, with how many recipients each concerns
 */
public record Reach(long noticeId, int revision, long residents, Map<Channel, Long> reached, Map<Channel, Long> failed,
		List<Failure> failures) {

	/** One reason for failures on a channel. */
	public record Failure(Channel channel, String reason, long recipients) {
	}

}
