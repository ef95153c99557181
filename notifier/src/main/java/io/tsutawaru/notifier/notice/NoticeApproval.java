package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.NoticeView.Returned;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.notice.FollowUpTable.HeldFollowUp;

import org.springframework.stereotype.Component;

/**
 * The second member of staff: approves, or returns with a comment (差し戻し), what PR staff
 * wrote — a notice, or the follow-up of a published notice, held until then while the
 * published version stays as it is — and schedules a notice once it is cleared to go.
 * Callers hold the notice's row lock ({@link NoticeTable#lock}).
 */
@Component
class NoticeApproval {

	private final NoticeTable notices;

	private final FollowUpTable followUps;

	private final NoticeRules rules;

	private final NoticeAuditLog audit;

	private final NoticePublication publication;

	NoticeApproval(NoticeTable notices, FollowUpTable followUps, NoticeRules rules, NoticeAuditLog audit,
			NoticePublication publication) {
		this.notices = notices;
		this.followUps = followUps;
		this.rules = rules;
		this.audit = audit;
		this.publication = publication;
	}

	void approve(NoticeRow row, StaffMember approver) {
		if (row.state() == NoticeState.AWAITING_APPROVAL) {
			rules.mayApprove(row.draft(), row.createdBy(), row.editedBy(), approver);
			notices.approvedBy(row.id(), approver.name());
			audit.record(row.id(), approver.name(), "approved", null);
			schedule(row, approver.name());
			return;
		}
		HeldFollowUp followUp = awaiting(row);
		NoticeDraft merged = followUp.applyTo(row.draft());
		rules.mayApprove(merged, row.createdBy(), followUp.editedBy(), approver);
		followUps.delete(row.id());
		notices.updateDraft(row.id(), merged, Instant.now());
		notices.approvedBy(row.id(), approver.name());
		audit.record(row.id(), approver.name(), "approved", "follow-up: " + merged.title());
		publication.publish(row.id(), MessageType.UPDATE, approver.name(), "updated: " + merged.title());
	}

	void reject(NoticeRow row, String comment, StaffMember reviewer) {
		Returned returned = new Returned(reviewer.name(), Instant.now(), NoticeRules.returnComment(comment));
		if (row.state() == NoticeState.AWAITING_APPROVAL) {
			rules.mayApprove(row.draft(), row.createdBy(), row.editedBy(), reviewer);
			notices.move(row, NoticeState.AWAITING_APPROVAL, NoticeState.RETURNED);
			notices.returned(row.id(), returned);
		}
		else {
			HeldFollowUp followUp = awaiting(row);
			rules.mayApprove(followUp.applyTo(row.draft()), row.createdBy(), followUp.editedBy(), reviewer);
			followUps.returned(row.id(), returned);
		}
		audit.record(row.id(), reviewer.name(), "returned", returned.comment());
	}

	/**
	 * Holds a follow-up of a published notice for approval; whoever wrote an earlier held
	 * one stays its writer.
	 */
	void holdFollowUp(NoticeRow row, NoticeDraft followUp, StaffMember editor) {
		List<String> editors = new ArrayList<>(followUps.find(row.id()).map(HeldFollowUp::editedBy).orElse(List.of()));
		if (!editors.contains(editor.name())) {
			editors.add(editor.name());
		}
		followUps.hold(row.id(), followUp, editors, Instant.now());
		audit.record(row.id(), editor.name(), "follow-up-held", followUp.title());
	}

	/**
	 * A cancelled notice has nothing more to follow up: what was held is dropped, never
	 * sent.
	 */
	void dropFollowUp(long noticeId, String actor) {
		if (followUps.find(noticeId).isPresent()) {
			followUps.delete(noticeId);
			audit.record(noticeId, actor, "follow-up-dropped", null);
		}
	}

	/**
	 * The notice is cleared to go: scheduled, and published at once unless its send time
	 * is later.
	 */
	void schedule(NoticeRow row, String actor) {
		notices.move(row, row.state(), NoticeState.SCHEDULED);
		audit.record(row.id(), actor, "scheduled",
				row.draft().sendAt() == null ? "now" : row.draft().sendAt().toString());
		if (row.draft().sendAt() == null || !row.draft().sendAt().isAfter(Instant.now())) {
			publication.publish(row.id(), MessageType.ALERT, actor, null);
		}
	}

	private HeldFollowUp awaiting(NoticeRow row) {
		return followUps.find(row.id())
			.filter(held -> held.state() == NoticeState.AWAITING_APPROVAL && row.state().published())
			.orElseThrow(() -> new NoticeStateException(NoticeStateException.Problem.NOTHING_AWAITS_APPROVAL,
					String.valueOf(row.id()), row.state().name()));
	}

}
