package io.tsutawaru.app.console;

import java.time.Clock;

import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * PR staff write a notice: text per language with live previews, a segment rule with live
 * reach per channel, and a send time — now, later, or recurring (a broadcast schedule);
 * it then waits for a second member of staff to approve it. The same form changes a
 * notice later: any change of an approved notice goes back to approval, and a published
 * notice gets a follow-up that waits for approval.
 */
@Controller
class ComposeController {

	private final Notices notices;

	private final AttributeCatalog catalog;

	private final ConfiguredChannels channels;

	private final BroadcastSchedules schedules;

	private final Clock clock;

	ComposeController(Notices notices, AttributeCatalog catalog, ConfiguredChannels channels,
			BroadcastSchedules schedules, Clock clock) {
		this.notices = notices;
		this.catalog = catalog;
		this.channels = channels;
		this.schedules = schedules;
		this.clock = clock;
	}

	@GetMapping("/console/compose")
	String form(@RequestParam(defaultValue = "now") String when, Model model) {
		NoticeForm form = new NoticeForm();
		form.setWhen(when);
		// PR notices go to residents' own channels by default; disaster channels are the
		// emergency screen's.
		form.setChannels(
				form.getChannels().stream().filter(id -> channels.configured().contains(Channel.of(id))).toList());
		model.addAttribute("form", form);
		return page(model);
	}

	@PostMapping("/console/compose")
	String submit(@ModelAttribute("form") NoticeForm form, Authentication user, Model model,
			RedirectAttributes redirect) {
		try {
			if (form.recurring()) {
				schedules.create(form.toScheduleTemplate(), form.toRecurrence(), ActingStaff.of(user));
				redirect.addFlashAttribute("done", "schedule.submitted");
				return "redirect:/console/schedules";
			}
			NoticeView notice = notices.create(form.toDraft(clock.getZone()), ActingStaff.of(user));
			redirect.addFlashAttribute("done", "notice.submitted." + notice.state().name());
			return "redirect:/console/notices/" + notice.id();
		}
		catch (RuntimeException ex) {
			model.addAttribute("problem", NoticeProblems.describe(ex));
			return page(model);
		}
	}

	/**
	 * The form filled with the notice (or the follow-up held for approval), to change it.
	 */
	@GetMapping("/console/compose/{id}")
	String edit(@PathVariable long id, Model model) {
		NoticeView notice = notices.find(id);
		model.addAttribute("form",
				NoticeForm.of(notice.followUp() != null ? notice.followUp().draft() : notice.draft(), clock.getZone()));
		return editPage(notice, model);
	}

	/**
	 * Saves the change: a returned notice is submitted again at once; a scheduled one
	 * goes back to approval (the notifier decides); a published one gets a follow-up held
	 * for approval.
	 */
	@PostMapping("/console/compose/{id}")
	String change(@PathVariable long id, @ModelAttribute("form") NoticeForm form, Authentication user, Model model,
			RedirectAttributes redirect) {
		NoticeView before = notices.find(id);
		try {
			StaffMember staff = ActingStaff.of(user);
			NoticeDraft shown = before.followUp() != null ? before.followUp().draft() : before.draft();
			NoticeView after = notices.update(id, form.toChangeOf(shown, clock.getZone()), staff);
			if (after.state().beingWritten()) {
				after = notices.submit(id, staff);
			}
			boolean followUp = before.state().published() && after.revision() == before.revision();
			redirect.addFlashAttribute("done", "notice.changed." + (followUp ? "FOLLOW_UP" : after.state().name()));
			return "redirect:/console/notices/" + id;
		}
		catch (RuntimeException ex) {
			model.addAttribute("problem", NoticeProblems.describe(ex));
			return editPage(before, model);
		}
	}

	private String editPage(NoticeView notice, Model model) {
		model.addAttribute("editing", notice);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("catalog", catalog);
		model.addAttribute("allChannels", Channel.values());
		model.addAttribute("configured", channels.configured());
		return "console/compose";
	}

}
