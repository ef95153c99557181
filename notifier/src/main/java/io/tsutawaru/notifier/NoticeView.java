package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A notice as staff see it, with its delivery progress per channel and where it stands
 * with its reviewers.
 *
 * @param id the notice
 * @param state its place in the lifecycle
 * @param draft what was written, as last updated (for a published notice: as last
 * published)
 * @param revision how many versions have been published (0 before sending; updates and a
 * cancellation add one)
 * @param createdBy who wrote it
 * @param approvedBy who approved it, or null (also null again once it was changed after
 * an approval)
 * @param audience how many residents the segment reached when it was planned (or would
 * reach, before)
 * @param channels planned, sent and failed recipients per channel
 * @param sentAt when it was first published, or null
 * @param editedBy who changed it since it was last approved, in order; neither they nor
 * its author may approve it
 * @param returned the last time a reviewer returned it to its author, until it is
 * approved; or null
 * @param followUp a follow-up of the published notice held for approval, or null
 * @param delivered whether the latest version's delivery is over: its whole plan written
 * and every batch of it sent or given up on. A cancellation is
 * {@link NoticeState#CANCELLED} at once, while it still goes out; this says when it has.
 * True for a notice with nothing published.
 * @param escalation the notice sent again to residents who had not answered, per channel
 * (issue 18), apart from {@code channels}, which count the first send of the version;
 * empty before (or without) an escalation
 */
public record NoticeView(long id, NoticeState state, NoticeDraft draft, int revision, String createdBy,
		String approvedBy, Audience audience, Map<Channel, ChannelProgress> channels, Instant sentAt,
		List<String> editedBy, Returned returned, FollowUp followUp, boolean delivered,
		Map<Channel, ChannelProgress> escalation) {

	public NoticeView {
		editedBy = List.copyOf(editedBy);
		escalation = escalation == null ? Map.of() : escalation;
	}

	/**
	 * Whether a second member of staff is asked to approve something: the notice itself,
	 * or its follow-up.
	 */
	public boolean awaitsApproval() {
		return state == NoticeState.AWAITING_APPROVAL
				|| followUp != null && followUp.state() == NoticeState.AWAITING_APPROVAL;
	}

	/**
	 * Who may not approve (or return) what awaits approval: the notice's author and
	 * whoever changed it.
	 */
	public Set<String> mayNotApprove() {
		Set<String> barred = new LinkedHashSet<>();
		barred.add(createdBy);
		barred.addAll(followUp != null ? followUp.editedBy() : editedBy);
		return barred;
	}

	/**
	 * Delivery counts of one channel. Website, CAP, L-Alert and radio count one per
	 * published document.
	 *
	 * @param planned recipients (or documents) in the plan
	 * @param sent accepted by the channel
	 * @param failed given up on, with reasons in the delivery ledger
	 */
	public record ChannelProgress(long planned, long sent, long failed) {
	}

	/**
	 * A reviewer sent the notice (or its follow-up) back to its author (差し戻し).
	 *
	 * @param by the reviewer's login name
	 * @param at when
	 * @param comment what the author should change
	 */
	@Schema(name = "Return", description = "A reviewer sent the notice (or its follow-up) back to its author (差し戻し).")
	public record Returned(@Schema(description = "The reviewer's login name.") String by, Instant at,
			@Schema(description = "What the author should change.") String comment) {
	}

	/**
	 * A follow-up (update) of a published notice, written by PR staff and held until a
	 * second member of staff approves it; until then residents, the website and the CAP
	 * feed keep the published version.
	 *
	 * @param draft the notice as it will be published: the new text, link, translations
	 * and expiry
	 * @param state {@link NoticeState#AWAITING_APPROVAL}, or {@link NoticeState#RETURNED}
	 * by a reviewer
	 * @param editedBy who wrote it, in order; neither they nor the notice's author may
	 * approve it
	 * @param editedAt when it was last changed
	 * @param returned the last return by a reviewer, or null
	 */
	public record FollowUp(NoticeDraft draft, NoticeState state, List<String> editedBy, Instant editedAt,
			Returned returned) {

		public FollowUp {
			editedBy = List.copyOf(editedBy);
		}

	}

}
