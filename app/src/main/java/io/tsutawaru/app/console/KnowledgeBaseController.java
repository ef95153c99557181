package io.tsutawaru.app.console;

import io.tsutawaru.kb.DataSources;
import io.tsutawaru.kb.KnowledgeBase;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Try a question as a resident would ask it, and see the ranked candidates and what the
 * bot would decide.
 */
@Controller
class KnowledgeBaseController {

	private final KnowledgeBase knowledgeBase;

	private final DataSources sources;

	KnowledgeBaseController(KnowledgeBase knowledgeBase, DataSources sources) {
		this.knowledgeBase = knowledgeBase;
		this.sources = sources;
	}

	/**
	 * The question's language is {@code language}, not {@code lang}: {@code ?lang=} is
	 * the staff's own choice of the console's language, and asking in English must not
	 * turn the console into English.
	 */
	@GetMapping("/console/kb")
	String tryQuestion(@RequestParam(required = false) String q,
			@RequestParam(name = "language", defaultValue = "ja") String lang, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("lang", lang);
		if (q != null && !q.isBlank()) {
			model.addAttribute("result", knowledgeBase.search(q, lang));
		}
		model.addAttribute("attributions", sources.attributions());
		return "console/kb/try";
	}

}
