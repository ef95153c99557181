package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.Map;

/**
 * A notice as staff see it, with its delivery progress per channel.
 *
 * @param id the notice
 * @param state its place in the lifecycle
 * @param draft what was written, as last updated
 * @param revision how many versions have been published (0 before sending; updates and a cancellation add one)
 * @param createdBy who wrote it
 * @param approvedBy who approved it, or null
 * @param audience how many residents the segment reached when it was planned (or would reach, before)
 * @param channels planned, sent and failed recipients per channel
 * @param sentAt when it was first published, or null
 * @param delivered whether the latest version's delivery is over: its whole plan written and every batch of it sent
 * or given up on. A cancellation is {@link NoticeState#CANCELLED} at once, while it still goes out; this says when it
 * has. True for a notice with nothing published.
 */
public record NoticeView(long id, NoticeState state, NoticeDraft draft, int revision, String createdBy,
		String approvedBy, Audience audience, Map<Channel, ChannelProgress> channels, Instant sentAt, boolean delivered) {

	/**
	 * Delivery counts of one channel. Website, CAP, L-Alert and radio count one per published document.
	 *
	 * @param planned recipients (or documents) in the plan
	 * @param sent accepted by the channel
	 * @param failed given up on, with reasons in the delivery ledger
	 */
	public record ChannelProgress(long planned, long sent, long failed) {
	}

}
