package io.tsutawaru.app.console;

import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.batch.JobLaunchRefusedException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recurring broadcasts (「毎月末 18:00 ごみ収集日程」): listed with their state, approved by a second member of staff
 * like a notice, and stopped when no longer wanted. scheduledBroadcastJob sends each occurrence.
 */
@Controller
class SchedulesController {

	private final BroadcastSchedules schedules;

	SchedulesController(BroadcastSchedules schedules) {
		this.schedules = schedules;
	}

	@GetMapping("/console/schedules")
	String list(Model model) {
		model.addAttribute("schedules", schedules.list());
		return "console/schedules";
	}

	@PostMapping("/console/schedules/{id}/approve")
	String approve(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		try {
			schedules.approve(id, ActingStaff.of(user));
			redirect.addFlashAttribute("done", "schedule.approved");
		}
		catch (JobLaunchRefusedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
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
