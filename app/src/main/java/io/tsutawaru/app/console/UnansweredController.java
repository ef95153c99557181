package io.tsutawaru.app.console;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.UnansweredQuestions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What residents could not find (grouped, most asked first) and how residents rated the
 * answers they got.
 */
@Controller
class UnansweredController {

	private static final int GROUPS = 200;

	private final UnansweredQuestions unanswered;

	private final AnswerFeedback feedback;

	private final KnowledgeBase knowledgeBase;

	UnansweredController(UnansweredQuestions unanswered, AnswerFeedback feedback, KnowledgeBase knowledgeBase) {
		this.unanswered = unanswered;
		this.feedback = feedback;
		this.knowledgeBase = knowledgeBase;
	}

	@GetMapping("/console/kb/unanswered")
	String unanswered(@RequestParam(defaultValue = "30") int days, Model model) {
		int window = Math.max(1, Math.min(days, 366));
		model.addAttribute("days", window);
		model.addAttribute("groups", unanswered.grouped(Instant.now().minus(Duration.ofDays(window)), GROUPS));
		return "console/kb/unanswered";
	}

	@GetMapping("/console/kb/feedback")
	String feedback(Model model) {
		List<AnswerFeedback.Tally> tallies = feedback.tallies();
		Map<String, FaqEntry> entries = new LinkedHashMap<>();
		tallies.forEach(tally -> knowledgeBase.find(tally.faqId()).ifPresent(entry -> entries.put(entry.id(), entry)));
		model.addAttribute("tallies", tallies);
		model.addAttribute("entries", entries);
		return "console/kb/feedback";
	}

}
