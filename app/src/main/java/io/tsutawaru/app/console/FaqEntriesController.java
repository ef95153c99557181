package io.tsutawaru.app.console;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.tsutawaru.kb.CandidatePhrasings;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.FaqList;
import io.tsutawaru.kb.InvalidFaqEntryException;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.TemplateText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The FAQ entries: list and filter (also to the entries that still hold a shared
 * template's text), edit, create (also from an unanswered question) and delete; and
 * residents' phrasings of an entry to accept or reject.
 */
@Controller
class FaqEntriesController {

	static final int PAGE_SIZE = 50;

	private final FaqEditor editor;

	private final KnowledgeBase knowledgeBase;

	private final CandidatePhrasings phrasings;

	private final Clock clock;

	private final FaqList faqList;

	private final MessageSource messages;

	FaqEntriesController(FaqEditor editor, KnowledgeBase knowledgeBase, CandidatePhrasings phrasings, Clock clock,
			FaqList faqList, MessageSource messages) {
		this.editor = editor;
		this.messages = messages;
		this.faqList = faqList;
		this.knowledgeBase = knowledgeBase;
		this.phrasings = phrasings;
		this.clock = clock;
	}

	/**
	 * A page of the entries, searched, sorted and filtered by the knowledge base's
	 * database: a city's FAQ has hundreds to thousands of entries.
	 */
	@GetMapping("/console/kb/entries")
	String list(@RequestParam(defaultValue = "") String filter,
			@RequestParam(defaultValue = "false") boolean needsEditing,
			@RequestParam(defaultValue = "ID") FaqList.Order sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		int asked = Paging.asked(page);
		FaqList.Page entries = faqList
			.page(new FaqList.Query(filter, sort, needsEditing, (long) (asked - 1) * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("needsEditing", needsEditing);
		model.addAttribute("sort", sort);
		model.addAttribute("toEdit", entries.needsEditing());
		model.addAttribute("entries", entries.entries());
		model.addAttribute("paging",
				new Paging(asked, PAGE_SIZE, entries.total(), "/console/kb/entries",
						Map.of("filter", filter, "needsEditing", needsEditing ? "true" : "", "sort",
								sort == FaqList.Order.ID ? "" : sort.name())));
		return "console/kb/entries";
	}

	@GetMapping("/console/kb/entries/new")
	String create(@RequestParam(required = false) String question, @RequestParam(required = false) String language,
			Model model) {
		model.addAttribute("form", FaqEntryForm.fresh(question, language, clock));
		model.addAttribute("creating", true);
		return "console/kb/entry";
	}

	@GetMapping("/console/kb/entries/{id}")
	String edit(@PathVariable String id, Model model) {
		FaqEntry entry = knowledgeBase.find(id).orElseThrow(() -> new FaqEntryNotFoundException(id));
		model.addAttribute("form", FaqEntryForm.of(entry));
		model.addAttribute("updatedAt", entry.updatedAt());
		model.addAttribute("creating", false);
		model.addAttribute("templateParts",
				Stream
					.concat(TemplateText.templateParts(entry.question()).stream(),
							TemplateText.templateParts(entry.answer()).stream())
					.distinct()
					.toList());
		model.addAttribute("phrasings", phrasings.ofEntry(id));
		return "console/kb/entry";
	}

	@PostMapping("/console/kb/entries/{id}/phrasings/{phrasing}")
	String decide(@PathVariable String id, @PathVariable long phrasing, @RequestParam boolean accept,
			RedirectAttributes redirect) {
		if (accept) {
			phrasings.accept(phrasing);
		}
		else {
			phrasings.reject(phrasing);
		}
		redirect.addFlashAttribute("done", accept ? "kb.phrasing.accepted" : "kb.phrasing.rejected");
		return "redirect:/console/kb/entries/" + id;
	}

	@PostMapping("/console/kb/entries")
	String save(@ModelAttribute("form") FaqEntryForm form, @RequestParam(defaultValue = "false") boolean creating,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			// The database, not the search index, which follows a save within a second:
			// two
			// quick creations with one ID must not overwrite the first.
			if (creating && editor.find(form.getId().strip()).isPresent()) {
				throw new InvalidFaqEntryException(InvalidFaqEntryException.Problem.ID_TAKEN, form.getId().strip());
			}
			FaqEntry saved = editor.save(form.toEntry());
			redirect.addFlashAttribute("done", "kb.saved");
			return "redirect:/console/kb/entries/" + saved.id();
		}
		catch (InvalidFaqEntryException ex) {
			model.addAttribute("problem", FaqProblemWords.describe(ex, messages, locale));
			model.addAttribute("creating", creating);
			return "console/kb/entry";
		}
	}

	@PostMapping("/console/kb/entries/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		editor.delete(id);
		redirect.addFlashAttribute("done", "kb.deleted");
		return "redirect:/console/kb/entries";
	}

}
