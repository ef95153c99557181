package io.tsutawaru.app.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.batch.ReportFile;
import io.tsutawaru.batch.UnknownJobException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators run the city's jobs, follow their status and history, and download their
 * reports.
 */
@Controller
class BatchJobsController {

	private static final int HISTORY = 10;

	private final BatchJobs jobs;

	BatchJobsController(BatchJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/console/admin/jobs")
	String jobs(Model model) {
		List<JobDescription> all = jobs.jobs();
		Map<String, List<JobRun>> history = new LinkedHashMap<>();
		all.forEach(job -> history.put(job.name(), jobs.history(job.name(), HISTORY)));
		model.addAttribute("jobs", all);
		model.addAttribute("history", history);
		Map<String, Wording> schedules = new LinkedHashMap<>();
		all.forEach(job -> schedules.put(job.name(), CronWords.of(job.schedule())));
		model.addAttribute("schedules", schedules);
		model.addAttribute("running",
				history.values()
					.stream()
					.flatMap(List::stream)
					.anyMatch(run -> run.status() == JobRun.RunStatus.RUNNING));
		return "console/admin/jobs";
	}

	/**
	 * Parameters arrive as form fields, files as uploads kept where the jobs can read
	 * them.
	 */
	@PostMapping("/console/admin/jobs/{name}")
	String launch(@PathVariable String name, MultipartHttpServletRequest request, RedirectAttributes redirect)
			throws IOException {
		try {
			JobDescription job = jobs.jobs()
				.stream()
				.filter(j -> j.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new UnknownJobException(name));
			Map<String, String> parameters = new LinkedHashMap<>();
			for (JobDescription.Parameter parameter : job.parameters()) {
				String value = value(parameter, request);
				if (value != null && !value.isBlank()) {
					parameters.put(parameter.name(), value);
				}
			}
			JobRun run = jobs.launch(name, parameters);
			redirect.addFlashAttribute("done", run.id());
		}
		catch (UnknownJobException ex) {
			redirect.addFlashAttribute("problem", new Wording("jobs.problem.unknown", name));
			redirect.addFlashAttribute("problemDetail", ex.getMessage());
		}
		catch (InvalidJobParametersException ex) {
			redirect.addFlashAttribute("problem", new Wording("jobs.problem.invalid"));
			redirect.addFlashAttribute("problemDetail", ex.getMessage());
		}
		catch (JobLaunchRefusedException ex) {
			redirect.addFlashAttribute("problem", new Wording("jobs.problem.refused"));
			redirect.addFlashAttribute("problemDetail", ex.getMessage());
		}
		return "redirect:/console/admin/jobs";
	}

	/**
	 * A run that does not exist, or whose report the retention job removed, is the
	 * console's "not found" page.
	 */
	@GetMapping("/console/admin/jobs/runs/{id}/report")
	ResponseEntity<Resource> report(@PathVariable long id) {
		return jobs.report(id)
			.filter(file -> Files.isReadable(file.path()))
			.map(BatchJobsController::download)
			.orElseThrow(() -> new RunReportNotFoundException(id));
	}

	private String value(JobDescription.Parameter parameter, MultipartHttpServletRequest request) throws IOException {
		if (parameter.kind() == JobDescription.Kind.FILE) {
			var upload = request.getFile(parameter.name());
			if (upload == null || upload.isEmpty()) {
				return null;
			}
			try (InputStream content = upload.getInputStream()) {
				return jobs.storeUpload(upload.getOriginalFilename(), content).toString();
			}
		}
		return request.getParameter(parameter.name());
	}

	static ResponseEntity<Resource> download(ReportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(new FileSystemResource(file.path()));
	}

}
