package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.notifier.AuditEntry;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeNotFoundException;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.NoticeStateException.Problem;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.Reach;
import io.tsutawaru.notifier.delivery.DeliveryReach;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notice lifecycle: draft → awaiting approval (→ returned → awaiting approval) →
 * scheduled → sending → sent / partly failed / cancelled. Every change takes the notice's
 * row lock first, so that two members of staff, or staff and the clock, act on it one
 * after the other. Approval and follow-ups held for it are {@link NoticeApproval}'s.
 */
@Service
class JdbcNotices implements Notices {

	private final NoticeTable notices;

	private final NoticeRules rules;

	private final NoticeAuditLog audit;

	private final NoticePublication publication;

	private final NoticeViews views;

	private final NoticeApproval approval;

	private final DeliveryReach reach;

	private final TransactionTemplate transactions;

	private final CancellationText cancellations;

	JdbcNotices(NoticeTable notices, NoticeRules rules, NoticeAuditLog audit, NoticePublication publication,
			NoticeViews views, NoticeApproval approval, DeliveryReach reach, TransactionTemplate transactions,
			CancellationText cancellations) {
		this.cancellations = cancellations;
		this.reach = reach;
		this.transactions = transactions;
		this.notices = notices;
		this.rules = rules;
		this.audit = audit;
		this.publication = publication;
		this.views = views;
		this.approval = approval;
	}

	/**
	 * Creates the notice and, unless it is a draft, submits it in one transaction; the
	 * audience is counted after that commit, because delivery starts at the commit and an
	 * alert must not wait for a count over every subscriber (seconds on a large city's
	 * list).
	 */
	@Override
	public NoticeView create(NoticeDraft draft, StaffMember author) {
		rules.check(draft);
		rules.mayAuthor(draft, author);
		long id = transactions.execute(status -> {
			long created = notices.insert(draft, NoticeState.DRAFT, author.name(), Instant.now());
			audit.record(created, author.name(), "created",
					draft.severity() + " " + draft.status() + " to " + draft.channels());
			if (!draft.draft()) {
				submit(created, author);
			}
			return created;
		});
		notices.audience(id, views.audienceOf(draft));
		return find(id);
	}

	@Override
	public void check(NoticeDraft draft) {
		rules.check(draft);
	}

	@Override
	@Transactional
	public NoticeView submit(long noticeId, StaffMember author) {
		NoticeRow row = lockedRow(noticeId);
		rules.mayAuthor(row.draft(), author);
		if (!row.state().beingWritten()) {
			throw new NoticeStateException(Problem.NOT_A_DRAFT, String.valueOf(noticeId), row.state().name());
		}
		notices.move(row, row.state(), NoticeState.AWAITING_APPROVAL);
		audit.record(noticeId, author.name(), "submitted", null);
		if (!rules.needsApproval(author)) {
			approval.schedule(row(noticeId), author.name());
		}
		return find(noticeId);
	}

	@Override
	@Transactional
	public NoticeView approve(long noticeId, StaffMember approver) {
		approval.approve(lockedRow(noticeId), approver);
		return find(noticeId);
	}

	@Override
	@Transactional
	public NoticeView reject(long noticeId, String comment, StaffMember reviewer) {
		approval.reject(lockedRow(noticeId), comment, reviewer);
		return find(noticeId);
	}

	@Override
	@Transactional
	public NoticeView update(long noticeId, NoticeDraft changes, StaffMember editor) {
		NoticeRow row = lockedRow(noticeId);
		rules.mayAuthor(row.draft(), editor);
		if (row.state() == NoticeState.CANCELLED) {
			throw new NoticeStateException(Problem.CANCELLED_NOT_UPDATED, String.valueOf(noticeId));
		}
		NoticeDraft merged = row.state().published() ? DraftChanges.followUp(row.draft(), changes) : changes;
		rules.check(merged);
		rules.mayAuthor(merged, editor);
		if (row.state().published() && rules.needsApproval(editor)) {
			approval.holdFollowUp(row, merged, editor);
		}
		else if (row.state().published()) {
			notices.updateDraft(noticeId, merged, Instant.now());
			publication.publish(noticeId, MessageType.UPDATE, editor.name(), "updated: " + merged.title());
		}
		else if (!DraftChanges.unchanged(merged, row.draft())) {
			edit(row, merged, editor);
		}
		return find(noticeId);
	}

	/**
	 * Changes a notice that has not gone out. Whatever changed — text, audience,
	 * channels, time — an approval given before no longer covers it: a scheduled notice
	 * goes back to approval when its editor needs one.
	 */
	private void edit(NoticeRow row, NoticeDraft changed, StaffMember editor) {
		notices.updateDraft(row.id(), changed, Instant.now());
		notices.audience(row.id(), views.audienceOf(changed));
		List<String> editors = new ArrayList<>(row.editedBy());
		if (!editors.contains(editor.name())) {
			editors.add(editor.name());
		}
		notices.editedBy(row.id(), editors);
		audit.record(row.id(), editor.name(), "edited", changed.title());
		if (row.state() == NoticeState.SCHEDULED && rules.needsApproval(editor)) {
			notices.move(row, NoticeState.SCHEDULED, NoticeState.AWAITING_APPROVAL);
			audit.record(row.id(), editor.name(), "approval-withdrawn", "changed after approval");
		}
	}

	@Override
	@Transactional
	public NoticeView cancel(long noticeId, String reason, StaffMember editor) {
		NoticeRow row = lockedRow(noticeId);
		rules.mayAuthor(row.draft(), editor);
		rules.checkReason(reason);
		if (row.state().published()) {
			approval.dropFollowUp(noticeId, editor.name());
			publication.publish(noticeId, MessageType.CANCEL, editor.name(), rules.cancellationReason(reason));
		}
		else if (row.state() == NoticeState.CANCELLED) {
			throw new NoticeStateException(Problem.ALREADY_CANCELLED, String.valueOf(noticeId));
		}
		else {
			notices.move(row, row.state(), NoticeState.CANCELLED);
			audit.record(noticeId, editor.name(), "cancelled", reason);
		}
		return find(noticeId);
	}

	@Override
	public NoticeDraft cancellation(long noticeId, String reason) {
		NoticeRow row = row(noticeId);
		if (!row.state().published()) {
			throw new NoticeStateException(Problem.NOT_SENT, String.valueOf(noticeId));
		}
		return cancellations.of(row.draft(), row.sentAt(), rules.cancellationReason(reason));
	}

	@Override
	public NoticeView find(long noticeId) {
		return views.of(row(noticeId));
	}

	@Override
	public List<NoticeView> recent(int limit) {
		return notices.recent(Math.max(1, Math.min(limit, 200))).stream().map(views::of).toList();
	}

	@Override
	public Reach reach(long noticeId, int revision) {
		NoticeRow row = row(noticeId);
		if (revision < 1 || revision > row.revision()) {
			throw new NoticeStateException(Problem.NO_SUCH_VERSION, String.valueOf(noticeId), String.valueOf(revision));
		}
		return reach.of(noticeId, revision);
	}

	@Override
	public List<AuditEntry> history(long noticeId) {
		row(noticeId);
		return audit.history(noticeId);
	}

	/**
	 * The notice, read after taking its row lock: nobody else changes or publishes it
	 * until this transaction ends.
	 */
	private NoticeRow lockedRow(long noticeId) {
		notices.lock(noticeId);
		return row(noticeId);
	}

	private NoticeRow row(long noticeId) {
		return notices.find(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
	}

}
