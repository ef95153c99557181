package io.tsutawaru.notifier.notice;

import java.util.Collection;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.InvalidNoticeException.Problem;
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
		require(draft.title() != null && !draft.title().isBlank(), Problem.TITLE_MISSING);
		require(draft.body() != null && !draft.body().isBlank(), Problem.BODY_MISSING);
		NoticeText.check(draft);
		require(!draft.channels().isEmpty(), Problem.NO_CHANNEL);
		draft.translations().forEach((language, translation) -> {
			require(catalog.languages().contains(language), Problem.UNKNOWN_LANGUAGE, language);
			require(translation != null && translation.title() != null && !translation.title().isBlank()
					&& translation.body() != null && !translation.body().isBlank(), Problem.TRANSLATION_INCOMPLETE,
					language);
		});
		draft.areaCodes().forEach(code -> require(code.matches("\\d{5,6}"), Problem.AREA_CODE, code));
		require(draft.expiresAt() == null || draft.sendAt() == null || draft.expiresAt().isAfter(draft.sendAt()),
				Problem.EXPIRES_BEFORE_SENT);
		segments.validate(draft.segmentRule());
		checkAsking(draft);
	}

	/**
	 * Escalation follows up an unanswered question, so it needs one, and a wait a person
	 * can plan with.
	 */
	private static void checkAsking(NoticeDraft draft) {
		Integer minutes = draft.escalateAfterMinutes();
		if (minutes == null) {
			return;
		}
		if (!draft.confirmation().asks()) {
			throw new InvalidNoticeException(InvalidNoticeException.Problem.ESCALATION_WITHOUT_QUESTION,
					"escalateAfterMinutes", -1);
		}
		if (minutes < 1 || minutes > NoticeDraft.MAX_ESCALATE_AFTER_MINUTES) {
			throw new InvalidNoticeException(InvalidNoticeException.Problem.ESCALATION_WAIT, "escalateAfterMinutes", -1,
					String.valueOf(NoticeDraft.MAX_ESCALATE_AFTER_MINUTES));
		}
	}

	/**
	 * A cancellation's reason reaches the audit trail and the channels as staff typed it.
	 */
	void checkReason(String reason) {
		NoticeText.characters("reason", reason);
	}

	/** Far more than a reason needs; every resident reads it on every channel. */
	static final int REASON_LIMIT = 500;

	/**
	 * The reason of a cancellation of a notice that went out, stripped: it is sent to
	 * everyone who received the notice, so it must be there.
	 */
	String cancellationReason(String reason) {
		require(reason != null && !reason.isBlank(), Problem.REASON_MISSING);
		NoticeText.characters("reason", reason);
		if (reason.strip().length() > REASON_LIMIT) {
			throw InvalidNoticeException.tooLong("reason", REASON_LIMIT);
		}
		return reason.strip();
	}

	/** PR staff may not send an emergency; that is what emergency staff are for. */
	void mayAuthor(NoticeDraft draft, StaffMember staff) {
		if (draft.severity() == Severity.EMERGENCY && !staff.mayIssueEmergencies()) {
			throw new NoticeForbiddenException(NoticeForbiddenException.Problem.EMERGENCY_STAFF_ONLY);
		}
	}

	/**
	 * Whether what this staff member writes needs a second member of staff: PR staff's
	 * notices do (when approval is configured); emergency staff act alone, because at
	 * night there may be nobody to approve an alert.
	 */
	boolean needsApproval(StaffMember staff) {
		return properties.approval().prNotices() && !staff.mayIssueEmergencies();
	}

	/**
	 * The four-eyes rule: PR staff approve (or return) what someone else wrote. Neither
	 * the notice's author nor whoever changed what awaits approval may, whatever their
	 * roles.
	 */
	void mayApprove(NoticeDraft draft, String author, Collection<String> editors, StaffMember reviewer) {
		if (author.equals(reviewer.name())) {
			throw new NoticeForbiddenException(NoticeForbiddenException.Problem.AUTHOR_MAY_NOT_APPROVE);
		}
		if (editors.contains(reviewer.name())) {
			throw new NoticeForbiddenException(NoticeForbiddenException.Problem.EDITOR_MAY_NOT_APPROVE);
		}
		if (!reviewer.mayReviewPrNotices()) {
			throw new NoticeForbiddenException(NoticeForbiddenException.Problem.PR_STAFF_ONLY);
		}
		mayAuthor(draft, reviewer);
	}

	/**
	 * Room for what the author should change, and more than a page of it is not a
	 * comment.
	 */
	static final int COMMENT_LIMIT = 2000;

	/** A return to the author says what to change. */
	static String returnComment(String comment) {
		require(comment != null && !comment.isBlank(), Problem.COMMENT_MISSING);
		if (comment.strip().length() > COMMENT_LIMIT) {
			throw InvalidNoticeException.tooLong("comment", COMMENT_LIMIT);
		}
		return comment.strip();
	}

	private static void require(boolean condition, Problem problem, String... arguments) {
		if (!condition) {
			throw new InvalidNoticeException(problem, arguments);
		}
	}

}
