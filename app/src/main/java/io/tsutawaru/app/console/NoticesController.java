package io.tsutawaru.app.console;

import java.time.Clock;
import java.util.List;

import io.tsutawaru.batch.DailyReports;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The history of notices with their delivery figures, one notice's page (with where it
 * stands with its reviewers: who may approve it, a return with its comment, a follow-up
 * held for approval), and its live progress.
 */
@Controller
class NoticesController {

	private static final int SHOWN = 100;

	private final Notices notices;

	private final ProgressStreams progress;

	private final Clock clock;

	private final Reviewers reviewers;

	private final DailyReports dailyReports;

	NoticesController(Notices notices, ProgressStreams progress, Clock clock, Reviewers reviewers,
			DailyReports dailyReports) {
		this.dailyReports = dailyReports;
		this.notices = notices;
		this.progress = progress;
		this.clock = clock;
		this.reviewers = reviewers;
	}

	@GetMapping("/console/notices")
	String history(Model model) {
		List<NoticeView> recent = notices.recent(SHOWN);
		model.addAttribute("rows", recent.stream().map(n -> new HistoryRow(n, DeliveryFigures.of(n))).toList());
		model.addAttribute("chart", DashboardController.lastFortnight(dailyReports, clock));
		return "console/notices";
	}

	@GetMapping("/console/notices/{id}")
	String notice(@PathVariable long id, Model model) {
		NoticeView notice = notices.find(id);
		model.addAttribute("notice", notice);
		model.addAttribute("figures", DeliveryFigures.of(notice));
		model.addAttribute("history", notices.history(id));
		model.addAttribute("reviewers", notice.awaitsApproval() ? reviewers.of(notice) : List.of());
		return "console/notice";
	}

	@GetMapping(path = "/console/notices/{id}/progress", produces = "text/event-stream")
	@ResponseBody
	SseEmitter progress(@PathVariable long id) {
		notices.find(id); // an unknown notice is a 404 now, not an error event later
		return progress.stream(id);
	}

	/**
	 * @param notice the notice @param figures its delivery so far
	 */
	record HistoryRow(NoticeView notice, DeliveryFigures figures) {
	}

}
