package io.tsutawaru.app.console;

import io.tsutawaru.bot.HandOffReplyRejectedException;
import io.tsutawaru.bot.HandOffs;
import io.tsutawaru.bot.PushOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Conversations residents asked to have with a person: staff read them and answer, and close them when done. */
@Controller
class HandOffsController {

	private final HandOffs handOffs;

	HandOffsController(HandOffs handOffs) {
		this.handOffs = handOffs;
	}

	@GetMapping("/console/handoffs")
	String open(Model model) {
		model.addAttribute("handOffs", handOffs.open());
		return "console/handoffs";
	}

	@GetMapping("/console/handoffs/{id}")
	String conversation(@PathVariable long id, Model model) {
		model.addAttribute("handOff", handOffs.get(id));
		return "console/handoff";
	}

	@PostMapping("/console/handoffs/{id}/reply")
	String reply(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("done", told(handOffs.reply(id, text)));
		}
		catch (HandOffReplyRejectedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("draft", text);
		}
		return "redirect:/console/handoffs/" + id;
	}

	@PostMapping("/console/handoffs/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", told(handOffs.close(id)));
		return "redirect:/console/handoffs/" + id;
	}

	private static String told(PushOutcome outcome) {
		return switch (outcome) {
			case PushOutcome.Pushed pushed -> "handoffs.sent";
			case PushOutcome.ResidentLeft left -> "reports.residentLeft";
			case PushOutcome.Failed failed -> "reports.notTold";
		};
	}

}
