package io.tsutawaru.app.console;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.tsutawaru.app.audit.PersonalDataReads;
import io.tsutawaru.bot.PushOutcome;
import io.tsutawaru.bot.Report;
import io.tsutawaru.bot.ReportPhoto;
import io.tsutawaru.bot.ReportStatus;
import io.tsutawaru.bot.ReportStatusChange;
import io.tsutawaru.bot.Reports;

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
 * Residents' reports with photo and map link; a status change is pushed to the resident by the bot. Who read which
 * report, photo or list of them is audited: places and photos can show where a resident lives.
 */
@Controller
class ReportsController {

	private static final int SHOWN = 200;

	private final Reports reports;

	private final PersonalDataReads reads;

	ReportsController(Reports reports, PersonalDataReads reads) {
		this.reports = reports;
		this.reads = reads;
	}

	@GetMapping("/console/reports")
	String list(@RequestParam(required = false) ReportStatus status, Model model, Authentication reader,
			HttpServletRequest request) {
		List<Report> shown = reports.list(status, SHOWN);
		reads.record(reader, request, shown.stream().map(report -> "report:" + report.number()).toList());
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("reports", shown);
		return "console/reports";
	}

	@GetMapping("/console/reports/{number}")
	String report(@PathVariable String number, Model model, Authentication reader, HttpServletRequest request) {
		Report report = reports.get(number);
		reads.record(reader, request, List.of("report:" + report.number()));
		model.addAttribute("report", report);
		model.addAttribute("statuses", ReportStatus.values());
		return "console/report";
	}

	/** The photo is served only to signed-in staff and never cached by the browser: it may show a resident's home. */
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
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		ReportStatusChange change = reports.changeStatus(number, status, note.isBlank() ? null : note.strip());
		redirect.addFlashAttribute("done", switch (change.notification()) {
			case PushOutcome.Pushed pushed -> "reports.told";
			case PushOutcome.ResidentLeft left -> "reports.residentLeft";
			case PushOutcome.Failed failed -> "reports.notTold";
		});
		return "redirect:/console/reports/" + number;
	}

}
