package io.tsutawaru.notifier.notice;

import java.util.Map;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.NoticeView.FollowUp;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.delivery.DeliveryProgress;

import org.springframework.stereotype.Component;

/**
 * Builds what staff see of a notice: its row, the audience, the latest version's delivery
 * progress and a follow-up held for approval.
 */
@Component
class NoticeViews {

	private final Segments segments;

	private final DeliveryProgress progress;

	private final NotifierProperties properties;

	private final FollowUpTable followUps;

	NoticeViews(Segments segments, DeliveryProgress progress, NotifierProperties properties, FollowUpTable followUps) {
		this.segments = segments;
		this.progress = progress;
		this.properties = properties;
		this.followUps = followUps;
	}

	NoticeView of(NoticeRow row) {
		Map<Channel, NoticeView.ChannelProgress> channels = row.revision() == 0 ? Map.of()
				: progress.of(row.id(), row.revision());
		FollowUp followUp = followUps.find(row.id())
			.map(held -> new FollowUp(held.applyTo(row.draft()), held.state(), held.editedBy(), held.editedAt(),
					held.returned()))
			.orElse(null);
		boolean delivered = row.revision() == 0 || progress.finishedWithFailures(row.id(), row.revision()) != null;
		return new NoticeView(row.id(), row.state(), row.draft(), row.revision(), row.createdBy(), row.approvedBy(),
				row.audience(), channels, row.sentAt(), row.editedBy(), row.returned(), followUp, delivered,
				row.revision() == 0 ? Map.of() : progress.escalation(row.id()));
	}

	/**
	 * Residents the notice would reach on the channels it uses; a test notice reaches
	 * only the test group.
	 */
	Audience audienceOf(NoticeDraft draft) {
		boolean line = draft.channels().contains(Channel.LINE);
		boolean email = draft.channels().contains(Channel.EMAIL);
		if (draft.status() == AlertStatus.TEST) {
			long l = line ? properties.testGroup().lineUserIds().size() : 0;
			long e = email ? properties.testGroup().emails().size() : 0;
			return new Audience(l, e, l + e);
		}
		// Counted as the plan will choose channels per resident, e.g. LINE residents who
		// blocked the account get e-mail.
		return segments.headcount(draft.segmentRule(), draft.channels()).audience();
	}

}
