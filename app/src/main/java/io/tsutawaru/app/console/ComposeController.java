package io.tsutawaru.app.console;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * PR staff write a notice: text per language with live previews, a segment rule with live reach per channel, and
 * a send time; it then waits for a second member of staff to approve it.
 */
@Controller
class ComposeController {

	private final Notices notices;

	private final AttributeCatalog catalog;

	private final ConfiguredChannels channels;

	ComposeController(Notices notices, AttributeCatalog catalog, ConfiguredChannels channels) {
		this.notices = notices;
		this.catalog = catalog;
		this.channels = channels;
	}

	@GetMapping("/console/compose")
	String form(Model model) {
		NoticeForm form = new NoticeForm();
		// PR notices go to residents' own channels by default; disaster channels are the emergency screen's.
		form.setChannels(form.getChannels().stream().filter(id -> channels.configured().contains(Channel.of(id))).toList());
		model.addAttribute("form", form);
		return page(model);
	}

	@PostMapping("/console/compose")
	String submit(@ModelAttribute("form") NoticeForm form, Authentication user, Model model,
			RedirectAttributes redirect) {
		try {
			NoticeView notice = notices.create(form.toDraft(), ActingStaff.of(user));
			redirect.addFlashAttribute("done", "notice.submitted." + notice.state().name());
			return "redirect:/console/notices/" + notice.id();
		}
		catch (RuntimeException ex) {
			model.addAttribute("problem", NoticeProblems.describe(ex));
			return page(model);
		}
	}

	private String page(Model model) {
		model.addAttribute("catalog", catalog);
		model.addAttribute("allChannels", Channel.values());
		model.addAttribute("configured", channels.configured());
		return "console/compose";
	}

}
