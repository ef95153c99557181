package io.tsutawaru.app.console;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.tsutawaru.app.audit.PersonalDataReads;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.PushOutcome;
import io.tsutawaru.bot.Report;
import io.tsutawaru.bot.ReportFilter;
import io.tsutawaru.bot.ReportPage;
import io.tsutawaru.bot.ReportPhoto;
import io.tsutawaru.bot.ReportStatus;
import io.tsutawaru.bot.ReportStatusChange;
import io.tsutawaru.bot.Reports;
import io.tsutawaru.notifier.AttributeCatalog;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residents' reports: a list filtered by status, category and area with a map of where
 * they are, and each report with its photo, its department and its history; a status
 * change is pushed to the resident by the bot. Who read which report, photo or list of
 * them is audited: places and photos can show where a resident lives.
 */
@Controller
class ReportsController {

	static final int PAGE_SIZE = 50;

	/**
	 * The most recent located reports of the filter drawn on the map; older ones are a
	 * filter away.
	 */
	static final int ON_MAP = 500;

	private final Reports reports;

	private final PersonalDataReads reads;

	private final BotProperties bot;

	private final AttributeCatalog catalog;

	ReportsController(Reports reports, PersonalDataReads reads, BotProperties bot, AttributeCatalog catalog) {
		this.reports = reports;
		this.reads = reads;
		this.bot = bot;
		this.catalog = catalog;
	}

	@GetMapping("/console/reports")
	String list(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) String area, @RequestParam(defaultValue = "0") int page, Model model,
			Authentication reader, HttpServletRequest request) {
		ReportFilter filter = new ReportFilter(status, category, area);
		ReportPage shown = reports.page(filter, Math.max(0, page), PAGE_SIZE);
		List<Report> located = reports.located(filter, ON_MAP);
		// Every report whose number the page shows, in the list or on the map, counts as
		// read.
		Set<String> read = new LinkedHashSet<>();
		shown.reports().forEach(report -> read.add("report:" + report.number()));
		located.forEach(report -> read.add("report:" + report.number()));
		reads.record(reader, request, List.copyOf(read));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("categories", bot.reportCategories());
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("noArea", ReportFilter.NO_AREA);
		model.addAttribute("page", shown);
		model.addAttribute("reports", shown.reports());
		model.addAttribute("map", ReportMap.of(located));
		model.addAttribute("onMap", ON_MAP);
		return "console/reports";
	}

	@GetMapping("/console/reports/{number}")
	String report(@PathVariable String number, Model model, Authentication reader, HttpServletRequest request) {
		Report report = reports.get(number);
		reads.record(reader, request, List.of("report:" + report.number()));
		model.addAttribute("report", report);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("departments", bot.reportDepartments());
		model.addAttribute("history", reports.history(number));
		return "console/report";
	}

	@PostMapping("/console/reports/{number}/department")
	String assign(@PathVariable String number, @RequestParam(defaultValue = "") String department, Authentication staff,
			RedirectAttributes redirect) {
		reports.assign(number, department.isBlank() ? null : department.strip(), staff.getName());
		redirect.addFlashAttribute("done", "reports.assigned");
		return "redirect:/console/reports/" + number;
	}

	/**
	 * The photo is served only to signed-in staff and never cached by the browser: it may
	 * show a resident's home.
	 */
	@GetMapping("/console/reports/{number}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String number, Authentication reader, HttpServletRequest request) {
		ReportPhoto photo = reports.photo(number);
		reads.record(reader, request, List.of("report-photo:" + number));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(photo.bytes());
	}

	@PostMapping("/console/reports/{number}/status")
	String changeStatus(@PathVariable String number, @RequestParam ReportStatus status,
			@RequestParam(defaultValue = "") String note, Authentication staff, RedirectAttributes redirect) {
		ReportStatusChange change = reports.changeStatus(number, status, note.isBlank() ? null : note.strip(),
				staff.getName());
		redirect.addFlashAttribute("done", switch (change.notification()) {
			case PushOutcome.Pushed pushed -> "reports.told";
			case PushOutcome.ResidentLeft left -> "reports.residentLeft";
			case PushOutcome.Failed failed -> "reports.notTold";
		});
		return "redirect:/console/reports/" + number;
	}

}
