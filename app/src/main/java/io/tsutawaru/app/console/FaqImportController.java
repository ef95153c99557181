package io.tsutawaru.app.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import io.tsutawaru.kb.FaqEditor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk editing: a CSV file (as Excel writes it) in, with a report of the rows that were refused; the same CSV out. */
@Controller
class FaqImportController {

	private final FaqEditor editor;

	FaqImportController(FaqEditor editor) {
		this.editor = editor;
	}

	@GetMapping("/console/kb/import")
	String form() {
		return "console/kb/import";
	}

	@PostMapping("/console/kb/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("problem", "kb.import.empty");
			return "console/kb/import";
		}
		try (InputStream csv = file.getInputStream()) {
			model.addAttribute("report", editor.importCsv(csv));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		return "console/kb/import";
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
