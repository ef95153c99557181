package io.tsutawaru.app.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.tsutawaru.app.audit.StaffActions;
import io.tsutawaru.notifier.AuditEntry;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who did what, newest first: every audited action on the latest notices (written, submitted, approved, sent,
 * updated, cancelled, and the workers' own steps), and every change staff made anywhere in the console or the API
 * (FAQ edits, imports, job runs, report status changes, sign-ins…), and who read residents' personal data.
 */
@Controller
class AuditLogController {

	static final int NOTICES = 100;

	static final int STAFF_ACTIONS = 500;

	static final int READS = 500;

	private final Notices notices;

	private final StaffActions staffActions;

	AuditLogController(Notices notices, StaffActions staffActions) {
		this.notices = notices;
		this.staffActions = staffActions;
	}

	@GetMapping("/console/admin/audit")
	String audit(Model model) {
		List<AuditRow> rows = new ArrayList<>();
		for (NoticeView notice : notices.recent(NOTICES)) {
			for (AuditEntry entry : notices.history(notice.id())) {
				rows.add(new AuditRow(entry, notice.draft().title()));
			}
		}
		rows.sort(Comparator.comparing((AuditRow row) -> row.entry().at()).reversed());
		model.addAttribute("rows", rows);
		model.addAttribute("notices", NOTICES);
		model.addAttribute("actions", staffActions.recent(STAFF_ACTIONS));
		model.addAttribute("actionLimit", STAFF_ACTIONS);
		model.addAttribute("reads", staffActions.reads(READS));
		model.addAttribute("readLimit", READS);
		return "console/admin/audit";
	}

	/** @param entry the audited action @param title the headline of the notice it concerns */
	record AuditRow(AuditEntry entry, String title) {
	}

}
