package io.tsutawaru.app.console;

import java.util.List;

import io.tsutawaru.app.shelter.ShelterState;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.Shelter;
import io.tsutawaru.shelters.Shelters;
import io.tsutawaru.shelters.UnknownShelterException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shelter board on the emergency screen: emergency staff find a shelter by name, kana
 * or address, see the open ones, and open, close or mark one crowded or full with one
 * action. Every change is in the audit log (it is a staff POST) and on the website and
 * the bot's nearest-shelter answer at once.
 */
@Controller
class ShelterBoardController {

	private final Shelters shelters;

	ShelterBoardController(Shelters shelters) {
		this.shelters = shelters;
	}

	@GetMapping("/console/emergency/shelters")
	String board(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean open,
			Model model) {
		List<Shelter> found = shelters.search(q, open);
		model.addAttribute("q", q);
		model.addAttribute("openOnly", open);
		model.addAttribute("shelters", found);
		model.addAttribute("openCount", shelters.open().size());
		model.addAttribute("states", ShelterState.values());
		model.addAttribute("hazards", Hazard.values());
		return "console/shelters";
	}

	@PostMapping("/console/emergency/shelters/{id}")
	String mark(@PathVariable long id, @RequestParam(defaultValue = "") String state,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean open,
			Authentication user, RedirectAttributes redirect) {
		try {
			ShelterState chosen = ShelterState.ofId(state);
			Shelter marked = shelters.mark(id, chosen.open(), chosen.crowding(), user.getName());
			redirect.addFlashAttribute("done", "shelters.done." + chosen.id());
			redirect.addFlashAttribute("doneName", marked.name());
		}
		catch (UnknownShelterException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "shelters.problem");
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/console/emergency/shelters")
			.queryParam("q", q)
			.queryParam("open", open)
			.fragment("shelter-" + id)
			.encode()
			.build()
			.toUriString();
	}

}
