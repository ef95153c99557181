package io.tsutawaru.app.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second member of staff: notices (and follow-ups of published notices) awaiting
 * approval, each with who may approve it, approved with one button or returned to their
 * author with a comment (差し戻し).
 */
@Controller
class ApprovalsController {

	private final Notices notices;

	private final Reviewers reviewers;

	ApprovalsController(Notices notices, Reviewers reviewers) {
		this.notices = notices;
		this.reviewers = reviewers;
	}

	@GetMapping("/console/approvals")
	String awaiting(Model model) {
		List<NoticeView> awaiting = notices.recent(200).stream().filter(NoticeView::awaitsApproval).toList();
		Map<Long, List<String>> mayApprove = new LinkedHashMap<>();
		awaiting.forEach(notice -> mayApprove.put(notice.id(), reviewers.of(notice)));
		model.addAttribute("awaiting", awaiting);
		model.addAttribute("reviewers", mayApprove);
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

	@PostMapping("/console/approvals/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String comment, Authentication user,
			RedirectAttributes redirect) {
		if (comment.isBlank()) {
			// The form asks for it too; said here in the page's language, not the
			// notifier's.
			redirect.addFlashAttribute("problemKey", "approvals.commentMissing");
			return "redirect:/console/approvals";
		}
		try {
			notices.reject(id, comment, ActingStaff.of(user));
			redirect.addFlashAttribute("done", "notice.returned");
			return "redirect:/console/notices/" + id;
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", NoticeProblems.describe(ex));
			return "redirect:/console/approvals";
		}
	}

}
