package io.tsutawaru.app.console;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.tsutawaru.app.audit.AuditFilter;
import io.tsutawaru.app.audit.PersonalDataReads;
import io.tsutawaru.app.audit.StaffActions;
import io.tsutawaru.notifier.AuditEntry;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who did what, newest first: every audited action on the latest notices (written,
 * submitted, approved, sent, updated, cancelled, and the workers' own steps), and every
 * change staff made anywhere in the console or the API (FAQ edits, imports, job runs,
 * report status changes, sign-ins and refused sign-ins…), and who read residents'
 * personal data. Staff actions are filtered by person, kind and the city's days, paged
 * and exported by the database.
 */
@Controller
class AuditLogController {

	static final int NOTICES = 100;

	static final int PAGE_SIZE = 50;

	static final int READS = 500;

	private final Notices notices;

	private final StaffActions staffActions;

	private final PersonalDataReads reads;

	private final Clock city;

	AuditLogController(Notices notices, StaffActions staffActions, PersonalDataReads reads, Clock city) {
		this.notices = notices;
		this.staffActions = staffActions;
		this.reads = reads;
		this.city = city;
	}

	@GetMapping("/console/admin/audit")
	String audit(@RequestParam(defaultValue = "") String who, @RequestParam(required = false) AuditFilter.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		AuditFilter filter = filter(who, kind, from, to);
		List<AuditRow> rows = new ArrayList<>();
		for (NoticeView notice : notices.recent(NOTICES)) {
			for (AuditEntry entry : notices.history(notice.id())) {
				if (matches(filter, entry)) {
					rows.add(new AuditRow(entry, notice.draft().title()));
				}
			}
		}
		rows.sort(Comparator.comparing((AuditRow row) -> row.entry().at()).reversed());
		model.addAttribute("rows", rows);
		model.addAttribute("notices", NOTICES);
		int asked = Paging.asked(page);
		Paging paging = new Paging(asked, PAGE_SIZE, staffActions.count(filter), "/console/admin/audit",
				query(who, kind, from, to));
		model.addAttribute("paging", paging);
		model.addAttribute("actions", staffActions.page(filter, paging.offset(), PAGE_SIZE));
		model.addAttribute("reads", staffActions.reads(READS));
		model.addAttribute("readLimit", READS);
		model.addAttribute("who", who);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", AuditFilter.Kind.values());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("csv",
				new Paging(1, PAGE_SIZE, 0, "/console/admin/audit.csv", query(who, kind, from, to)).href(1));
		return "console/admin/audit";
	}

	/**
	 * The staff actions the filter selects, as CSV for a spreadsheet: every text cell
	 * neutralised (a typed user name may be a formula). The file names staff and what was
	 * typed at refused sign-ins, so handing it out is recorded like a reading of personal
	 * data.
	 */
	@GetMapping("/console/admin/audit.csv")
	void export(@RequestParam(defaultValue = "") String who, @RequestParam(required = false) AuditFilter.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication reader, HttpServletRequest request, HttpServletResponse response) throws IOException {
		AuditFilter filter = filter(who, kind, from, to);
		reads.record(reader, request, List.of("staff-actions:" + staffActions.count(filter)));
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"staff-actions.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		new AuditCsv(out, city.getZone()).write(staffActions, filter);
		out.flush();
	}

	/**
	 * The city's days: {@code to} is included, so the filter runs until the next day's
	 * midnight in the city.
	 */
	private AuditFilter filter(String who, AuditFilter.Kind kind, LocalDate from, LocalDate to) {
		return new AuditFilter(who, kind, from == null ? null : from.atStartOfDay(city.getZone()).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(city.getZone()).toInstant());
	}

	/**
	 * The notices' own audit, by person and day (its kinds are the notifier's words, not
	 * the staff actions').
	 */
	private static boolean matches(AuditFilter filter, AuditEntry entry) {
		return (filter.username() == null || filter.username().isBlank()
				|| filter.username().strip().equals(entry.actor()))
				&& (filter.from() == null || !entry.at().isBefore(filter.from()))
				&& (filter.until() == null || entry.at().isBefore(filter.until()))
				&& (filter.kind() == null || filter.kind() == AuditFilter.Kind.CHANGE);
	}

	private static Map<String, String> query(String who, AuditFilter.Kind kind, LocalDate from, LocalDate to) {
		return Map.of("who", who, "kind", kind == null ? "" : kind.name(), "from", from == null ? "" : from.toString(),
				"to", to == null ? "" : to.toString());
	}

	/**
	 * @param entry the audited action @param title the headline of the notice it concerns
	 */
	record AuditRow(AuditEntry entry, String title) {
	}

}
