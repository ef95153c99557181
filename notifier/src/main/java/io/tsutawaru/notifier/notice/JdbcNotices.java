package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.List;

import io.tsutawaru.notifier.AuditEntry;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeNotFoundException;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.Reach;
import io.tsutawaru.notifier.delivery.DeliveryReach;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The notice lifecycle: draft → awaiting approval → scheduled → sending → sent / partly failed / cancelled. */
@Service
class JdbcNotices implements Notices {

	private final NoticeTable notices;

	private final NoticeRules rules;

	private final NoticeAuditLog audit;

	private final NoticePublication publication;

	private final NoticeViews views;

	private final NotifierProperties properties;

	private final DeliveryReach reach;

	private final TransactionTemplate transactions;

	JdbcNotices(NoticeTable notices, NoticeRules rules, NoticeAuditLog audit, NoticePublication publication,
			NoticeViews views, NotifierProperties properties, DeliveryReach reach, TransactionTemplate transactions) {
		this.reach = reach;
		this.transactions = transactions;
		this.notices = notices;
		this.rules = rules;
		this.audit = audit;
		this.publication = publication;
		this.views = views;
		this.properties = properties;
	}

	/**
	 * Creates the notice and, unless it is a draft, submits it in one transaction; the audience is counted after
	 * that commit, because delivery starts at the commit and an alert must not wait for a count over every
	 * subscriber (seconds on a large city's list).
	 */
	@Override
	public NoticeView create(NoticeDraft draft, StaffMember author) {
		rules.check(draft);
		rules.mayAuthor(draft, author);
		long id = transactions.execute(status -> {
			long created = notices.insert(draft, NoticeState.DRAFT, author.name(), Instant.now());
			audit.record(created, author.name(), "created", draft.severity() + " " + draft.status() + " to " + draft.channels());
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
		NoticeRow row = row(noticeId);
		rules.mayAuthor(row.draft(), author);
		move(row, NoticeState.DRAFT, NoticeState.AWAITING_APPROVAL);
		audit.record(noticeId, author.name(), "submitted", null);
		// Emergency staff act alone: at night there may be nobody to approve.
		if (properties.approval().prNotices() && !author.mayIssueEmergencies()) {
			return find(noticeId);
		}
		return schedule(row(noticeId), author.name());
	}

	@Override
	@Transactional
	public NoticeView approve(long noticeId, StaffMember approver) {
		NoticeRow row = row(noticeId);
		rules.mayApprove(row, approver);
		if (row.state() != NoticeState.AWAITING_APPROVAL) {
			throw new NoticeStateException("Notice " + noticeId + " is " + row.state() + ", not awaiting approval");
		}
		notices.approvedBy(noticeId, approver.name());
		audit.record(noticeId, approver.name(), "approved", null);
		return schedule(row, approver.name());
	}

	@Override
	@Transactional
	public NoticeView update(long noticeId, NoticeDraft changes, StaffMember editor) {
		NoticeRow row = row(noticeId);
		rules.mayAuthor(row.draft(), editor);
		if (row.state() == NoticeState.CANCELLED) {
			throw new NoticeStateException("Notice " + noticeId + " was cancelled and cannot be updated");
		}
		NoticeDraft merged = row.state().published() ? keepAudience(row.draft(), changes) : changes;
		rules.check(merged);
		rules.mayAuthor(merged, editor);
		notices.updateDraft(noticeId, merged, Instant.now());
		if (row.state().published()) {
			publication.publish(noticeId, MessageType.UPDATE, editor.name(), "updated: " + merged.title());
		}
		else {
			notices.audience(noticeId, views.audienceOf(merged));
			audit.record(noticeId, editor.name(), "edited", merged.title());
		}
		return find(noticeId);
	}

	@Override
	@Transactional
	public NoticeView cancel(long noticeId, String reason, StaffMember editor) {
		NoticeRow row = row(noticeId);
		rules.mayAuthor(row.draft(), editor);
		rules.checkReason(reason);
		if (row.state().published()) {
			publication.publish(noticeId, MessageType.CANCEL, editor.name(), reason);
		}
		else if (row.state() == NoticeState.CANCELLED) {
			throw new NoticeStateException("Notice " + noticeId + " is already cancelled");
		}
		else {
			move(row, row.state(), NoticeState.CANCELLED);
			audit.record(noticeId, editor.name(), "cancelled", reason);
		}
		return find(noticeId);
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
			throw new NoticeStateException("Notice " + noticeId + " has no published version " + revision);
		}
		return reach.of(noticeId, revision);
	}

	@Override
	public List<AuditEntry> history(long noticeId) {
		row(noticeId);
		return audit.history(noticeId);
	}

	private NoticeView schedule(NoticeRow row, String actor) {
		move(row, row.state(), NoticeState.SCHEDULED);
		audit.record(row.id(), actor, "scheduled", row.draft().sendAt() == null ? "now" : row.draft().sendAt().toString());
		if (row.draft().sendAt() == null || !row.draft().sendAt().isAfter(Instant.now())) {
			publication.publish(row.id(), MessageType.ALERT, actor, null);
		}
		return find(row.id());
	}

	/** Once a notice went out, an update changes what it says, not to whom or where it goes. */
	private static NoticeDraft keepAudience(NoticeDraft sent, NoticeDraft changes) {
		return new NoticeDraft(changes.title(), changes.body(), changes.link(), sent.severity(), sent.status(), sent.topic(),
				sent.channels(), sent.segmentRule(), changes.translations(), sent.areaNames(), sent.areaCodes(),
				sent.sendAt(), changes.expiresAt() == null ? sent.expiresAt() : changes.expiresAt(), false);
	}

	private void move(NoticeRow row, NoticeState from, NoticeState to) {
		if (row.state() != from || !notices.transition(row.id(), from, to, Instant.now())) {
			throw new NoticeStateException("Notice " + row.id() + " is " + row.state() + "; it cannot become " + to);
		}
	}

	private NoticeRow row(long noticeId) {
		return notices.find(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
	}

}
