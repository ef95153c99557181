package io.tsutawaru.app.console;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.tsutawaru.app.audit.PersonalDataReads;
import io.tsutawaru.bot.HandOff;
import io.tsutawaru.bot.HandOffNotFoundException;
import io.tsutawaru.bot.HandOffReplyRejectedException;
import io.tsutawaru.bot.HandOffs;
import io.tsutawaru.bot.PushOutcome;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Conversations residents asked to have with a person: staff read them (who read which is
 * audited: they hold residents' words and names) and answer, and close them when done.
 */
@Controller
class HandOffsController {

	private final HandOffs handOffs;

	private final PersonalDataReads reads;

	HandOffsController(HandOffs handOffs, PersonalDataReads reads) {
		this.handOffs = handOffs;
		this.reads = reads;
	}

	@GetMapping("/console/handoffs")
	String open(Model model, Authentication reader, HttpServletRequest request) {
		List<HandOff> open = handOffs.open();
		reads.record(reader, request, open.stream().map(handOff -> "handoff:" + handOff.id()).toList());
		model.addAttribute("handOffs", open);
		return "console/handoffs";
	}

	@GetMapping("/console/handoffs/{id}")
	String conversation(@PathVariable long id, Model model, Authentication reader, HttpServletRequest request) {
		HandOff handOff = handOffs.get(id);
		reads.record(reader, request, List.of("handoff:" + id));
		model.addAttribute("handOff", handOff);
		return "console/handoff";
	}

	@PostMapping("/console/handoffs/{id}/reply")
	String reply(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("done", told(handOffs.reply(id, text)));
		}
		catch (HandOffReplyRejectedException ex) {
			redirect.addFlashAttribute("problem", NoticeProblems.describe(ex));
			redirect.addFlashAttribute("draft", text);
		}
		catch (HandOffNotFoundException ex) {
			// Ended while staff were writing (the resident left with 「やめる」): say so; a
			// missing one is a 404.
			if (handOffs.get(id).open()) {
				throw ex;
			}
			redirect.addFlashAttribute("endedBeforeReply", true);
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
