package io.tsutawaru.app.console;

import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second member of staff: notices awaiting approval, approved with one button by someone not their author. */
@Controller
class ApprovalsController {

	private final Notices notices;

	ApprovalsController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/console/approvals")
	String awaiting(Model model) {
		model.addAttribute("awaiting", notices.recent(200)
			.stream()
			.filter(notice -> notice.state() == NoticeState.AWAITING_APPROVAL)
			.toList());
		return "console/approvals";
	}

	@PostMapping("/console/approvals/{id}")
	String approve(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		try {
			NoticeView notice = notices.approve(id, ActingStaff.of(user));
			redirect.addFlashAttribute("done", "notice.approved." + notice.state().name());
			return "redirect:/console/notices/" + id;
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", NoticeProblems.describe(ex));
			return "redirect:/console/approvals";
		}
	}

}
