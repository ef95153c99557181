package io.tsutawaru.notifier.notice;

import java.util.Collection;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeForbiddenException;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.stereotype.Component;

/** What a notice must satisfy before it is saved, and who may do what with it. */
@Component
class NoticeRules {

	private final Segments segments;

	private final AttributeCatalog catalog;

	private final NotifierProperties properties;

	NoticeRules(Segments segments, AttributeCatalog catalog, NotifierProperties properties) {
		this.segments = segments;
		this.catalog = catalog;
		this.properties = properties;
	}

	void check(NoticeDraft draft) {
		require(draft.title() != null && !draft.title().isBlank(), "A notice needs a title");
		require(draft.body() != null && !draft.body().isBlank(), "A notice needs a body");
		NoticeText.check(draft);
		require(!draft.channels().isEmpty(), "Choose at least one channel");
		draft.translations().forEach((language, translation) -> {
			require(catalog.languages().contains(language), "Unknown language '" + language + "' in translations");
			require(translation != null && translation.title() != null && !translation.title().isBlank()
					&& translation.body() != null && !translation.body().isBlank(),
					"The " + language + " translation needs a title and a body");
		});
		draft.areaCodes().forEach(code -> require(code.matches("\\d{5,6}"),
				"'" + code + "' is not a JIS X 0402 municipality code (5 or 6 digits)"));
		require(draft.expiresAt() == null || draft.sendAt() == null || draft.expiresAt().isAfter(draft.sendAt()),
				"The notice would expire before it is sent");
		segments.validate(draft.segmentRule());
		checkAsking(draft);
	}

	/** Escalation follows up an unanswered question, so it needs one, and a wait a person can plan with. */
	private static void checkAsking(NoticeDraft draft) {
		Integer minutes = draft.escalateAfterMinutes();
		if (minutes == null) {
			return;
		}
		if (!draft.confirmation().asks()) {
			throw new InvalidNoticeException("escalateAfterMinutes needs a confirmation to wait for (acknowledge or safety)",
					"escalateAfterMinutes", -1);
		}
		if (minutes < 1 || minutes > NoticeDraft.MAX_ESCALATE_AFTER_MINUTES) {
			throw new InvalidNoticeException("escalateAfterMinutes must be between 1 and "
					+ NoticeDraft.MAX_ESCALATE_AFTER_MINUTES, "escalateAfterMinutes", -1);
		}
	}

	/** A cancellation's reason reaches the audit trail and the channels as staff typed it. */
	void checkReason(String reason) {
		NoticeText.characters("reason", reason);
	}

	/** Far more than a reason needs; every resident reads it on every channel. */
	static final int REASON_LIMIT = 500;

	/**
	 * The reason of a cancellation of a notice that went out, stripped: it is sent to everyone who received the
	 * notice, so it must be there.
	 */
	String cancellationReason(String reason) {
		require(reason != null && !reason.isBlank(),
				"A cancellation of a notice that went out needs a reason: every resident who received it reads it");
		NoticeText.characters("reason", reason);
		require(reason.strip().length() <= REASON_LIMIT, "The reason is longer than " + REASON_LIMIT + " characters");
		return reason.strip();
	}

	/** PR staff may not send an emergency; that is what emergency staff are for. */
	void mayAuthor(NoticeDraft draft, StaffMember staff) {
		if (draft.severity() == Severity.EMERGENCY && !staff.mayIssueEmergencies()) {
			throw new NoticeForbiddenException("Only emergency staff may send an emergency notice");
		}
	}

	/**
	 * Whether what this staff member writes needs a second member of staff: PR staff's notices do (when approval is
	 * configured); emergency staff act alone, because at night there may be nobody to approve an alert.
	 */
	boolean needsApproval(StaffMember staff) {
		return properties.approval().prNotices() && !staff.mayIssueEmergencies();
	}

	/**
	 * The four-eyes rule: PR staff approve (or return) what someone else wrote. Neither the notice's author nor
	 * whoever changed what awaits approval may, whatever their roles.
	 */
	void mayApprove(NoticeDraft draft, String author, Collection<String> editors, StaffMember reviewer) {
		if (author.equals(reviewer.name())) {
			throw new NoticeForbiddenException("A second member of staff must approve this notice, not its author");
		}
		if (editors.contains(reviewer.name())) {
			throw new NoticeForbiddenException("A second member of staff must approve this notice, not someone who changed it");
		}
		if (!reviewer.mayReviewPrNotices()) {
			throw new NoticeForbiddenException("Only PR staff approve or return notices");
		}
		mayAuthor(draft, reviewer);
	}

	/** A return to the author says what to change. */
	static String returnComment(String comment) {
		require(comment != null && !comment.isBlank(), "Say what the author should change: a return needs a comment");
		require(comment.strip().length() <= 2000, "The comment is longer than 2,000 characters");
		return comment.strip();
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new InvalidNoticeException(reason);
		}
	}

}
