package io.tsutawaru.app.console;

import java.util.List;
import java.util.stream.Collectors;

import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.batch.BroadcastSchedules.Schedule;
import io.tsutawaru.batch.ScheduleApprovalRefusedException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recurring broadcasts (「毎月末 18:00 ごみ収集日程」): listed with their state and the latest
 * occurrences handed to the notifier (what went out, when, as which notice), approved by
 * a second member of staff like a notice, and stopped when no longer wanted. A task of
 * every minute in batch-jobs hands each occurrence over.
 */
@Controller
class SchedulesController {

	private final BroadcastSchedules schedules;

	SchedulesController(BroadcastSchedules schedules) {
		this.schedules = schedules;
	}

	/**
	 * How many of a schedule's latest occurrences the page lists; each links to its
	 * notice, which keeps the rest.
	 */
	static final int RECENT_OCCURRENCES = 10;

	@GetMapping("/console/schedules")
	String list(Model model) {
		List<Schedule> all = schedules.list();
		model.addAttribute("schedules", all);
		model.addAttribute("handedOver",
				all.stream()
					.collect(Collectors.toMap(Schedule::id,
							schedule -> schedules.handedOver(schedule.id(), RECENT_OCCURRENCES))));
		model.addAttribute("recentOccurrences", RECENT_OCCURRENCES);
		return "console/schedules";
	}

	@PostMapping("/console/schedules/{id}/approve")
	String approve(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		try {
			schedules.approve(id, ActingStaff.of(user));
			redirect.addFlashAttribute("done", "schedule.approved");
		}
		catch (ScheduleApprovalRefusedException ex) {
			redirect.addFlashAttribute("problem", "schedule.problem." + ex.reason().name());
		}
		return "redirect:/console/schedules";
	}

	@PostMapping("/console/schedules/{id}/stop")
	String stop(@PathVariable long id, RedirectAttributes redirect) {
		schedules.stop(id);
		redirect.addFlashAttribute("done", "schedule.stopped");
		return "redirect:/console/schedules";
	}

}
