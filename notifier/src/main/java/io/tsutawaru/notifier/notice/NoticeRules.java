package io.tsutawaru.notifier.notice;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeForbiddenException;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.stereotype.Component;

/** What a notice must satisfy before it is saved, and who may do what with it. */
@Component
class NoticeRules {

	private final Segments segments;

	private final AttributeCatalog catalog;

	NoticeRules(Segments segments, AttributeCatalog catalog) {
		this.segments = segments;
		this.catalog = catalog;
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
	}

	/** A cancellation's reason reaches the audit trail and the channels as staff typed it. */
	void checkReason(String reason) {
		NoticeText.characters("reason", reason);
	}

	/** PR staff may not send an emergency; that is what emergency staff are for. */
	void mayAuthor(NoticeDraft draft, StaffMember staff) {
		if (draft.severity() == Severity.EMERGENCY && !staff.mayIssueEmergencies()) {
			throw new NoticeForbiddenException("Only emergency staff may send an emergency notice");
		}
	}

	void mayApprove(NoticeRow notice, StaffMember approver) {
		if (notice.createdBy().equals(approver.name())) {
			throw new NoticeForbiddenException("A second member of staff must approve this notice, not its author");
		}
		mayAuthor(notice.draft(), approver);
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new InvalidNoticeException(reason);
		}
	}

}
