package io.tsutawaru.app.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.kb.FaqEditor;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk editing: a CSV file (as Excel writes it) in, the same CSV out. The import is
 * {@code faqImportJob}, the one way a file of entries gets into the knowledge base (issue
 * 19, item 3): this page starts it and shows its latest runs, their progress, outcome and
 * report of refused rows, as the jobs page does for every job.
 */
@Controller
class FaqImportController {

	static final String JOB = "faqImportJob";

	private static final int HISTORY = 5;

	private final FaqEditor editor;

	private final BatchJobs jobs;

	FaqImportController(FaqEditor editor, BatchJobs jobs) {
		this.editor = editor;
		this.jobs = jobs;
	}

	@GetMapping("/console/kb/import")
	String form(Model model) {
		List<JobRun> runs = jobs.history(JOB, HISTORY);
		model.addAttribute("runs", runs);
		model.addAttribute("running", runs.stream().anyMatch(run -> run.status() == JobRun.RunStatus.RUNNING));
		return "console/kb/import";
	}

	@PostMapping("/console/kb/import")
	String importCsv(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("problem", "kb.import.empty");
			return "redirect:/console/kb/import";
		}
		try (InputStream csv = file.getInputStream()) {
			String stored = jobs.storeUpload(file.getOriginalFilename(), csv).toString();
			redirect.addFlashAttribute("started", jobs.launch(JOB, Map.of("file", stored)).id());
		}
		catch (JobLaunchRefusedException ex) {
			redirect.addFlashAttribute("problem", "kb.import.refused");
		}
		catch (InvalidJobParametersException ex) {
			redirect.addFlashAttribute("problem", "kb.import.invalid");
			redirect.addFlashAttribute("problemDetail", ex.getMessage());
		}
		return "redirect:/console/kb/import";
	}

	/**
	 * The report of an import run; any other job's run is not found here (its report is
	 * the administrators').
	 */
	@GetMapping("/console/kb/import/runs/{id}/report")
	ResponseEntity<Resource> report(@PathVariable long id) {
		return jobs.run(id)
			.filter(run -> run.jobName().equals(JOB))
			.flatMap(run -> jobs.report(id))
			.filter(report -> Files.isReadable(report.path()))
			.map(BatchJobsController::download)
			.orElseThrow(() -> new RunReportNotFoundException(id));
	}

	@GetMapping("/console/kb/export.csv")
	void exportCsv(HttpServletResponse response) {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"faq.csv\"");
		try {
			editor.exportCsv(response.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
