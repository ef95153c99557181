package io.tsutawaru.app.console;

import java.util.ArrayList;
import java.util.List;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import io.tsutawaru.batch.DailyReports;
import io.tsutawaru.bot.HandOffs;
import io.tsutawaru.bot.ReportStatus;
import io.tsutawaru.bot.Reports;
import io.tsutawaru.kb.UnansweredQuestions;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Segments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: who the city reaches, and what waits for staff. */
@Controller
class DashboardController {

	/**
	 * Deliveries today are counted over this many latest notices: more than a city sends
	 * in a day.
	 */
	private static final int RECENT = 200;

	/**
	 * Open reports are counted up to this many per status, more than a city has open at
	 * once.
	 */
	static final int OPEN_SHOWN = 1000;

	/** Days the delivery chart shows. */
	static final int CHART_DAYS = 14;

	private final Segments segments;

	private final AttributeCatalog catalog;

	private final Notices notices;

	private final UnansweredQuestions unanswered;

	private final Reports reports;

	private final HandOffs handOffs;

	private final Clock clock;

	private final DailyReports dailyReports;

	DashboardController(Segments segments, AttributeCatalog catalog, Notices notices, UnansweredQuestions unanswered,
			Reports reports, HandOffs handOffs, Clock clock, DailyReports dailyReports) {
		this.dailyReports = dailyReports;
		this.segments = segments;
		this.catalog = catalog;
		this.notices = notices;
		this.unanswered = unanswered;
		this.reports = reports;
		this.handOffs = handOffs;
		this.clock = clock;
	}

	@GetMapping("/console")
	String dashboard(Model model) {
		model.addAttribute("everyone", segments.preview("all"));
		model.addAttribute("byArea", reachOf("area", catalog.areas()));
		model.addAttribute("byLanguage", reachOf("language", catalog.languages()));
		List<NoticeView> recent = notices.recent(RECENT);
		model.addAttribute("today", DeliveryChart.lastDays(recent, 1, clock).today());
		model.addAttribute("chart", lastFortnight(dailyReports, clock));
		model.addAttribute("awaitingApproval", recent.stream().filter(NoticeView::awaitsApproval).count());
		model.addAttribute("unansweredWeek",
				unanswered.grouped(clock.instant().minus(Duration.ofDays(7)), 10_000)
					.stream()
					.mapToLong(UnansweredQuestions.Group::count)
					.sum());
		model.addAttribute("openReports", reports.list(ReportStatus.RECEIVED, OPEN_SHOWN).size()
				+ reports.list(ReportStatus.IN_PROGRESS, OPEN_SHOWN).size());
		model.addAttribute("openHandOffs", handOffs.open().size());
		return "console/dashboard";
	}

	/** The 14 days up to yesterday, as deliveryReportJob counted them each night. */
	static DeliveryChart lastFortnight(DailyReports reports, Clock city) {
		LocalDate yesterday = LocalDate.now(city).minusDays(1);
		LocalDate first = yesterday.minusDays(CHART_DAYS - 1);
		return DeliveryChart.ofDailyFigures(reports.deliveries(first, yesterday), first, yesterday);
	}

	/**
	 * The residents reached per value of one attribute, counted by the same rule language
	 * staff write, and those who chose none ({@code value} null, 「未設定」), so that the rows
	 * add up to everyone.
	 */
	private List<SegmentReach> reachOf(String attribute, List<String> values) {
		List<SegmentReach> reach = new ArrayList<>();
		for (String value : values) {
			reach.add(new SegmentReach(value, segments.preview(attribute + " = " + RuleText.quoted(value))));
		}
		reach.add(new SegmentReach(null, segments.preview(attribute + " is unset")));
		return reach;
	}

	/**
	 * @param value the attribute's value, e.g. 北部; null for residents who chose
	 * none @param audience the residents it reaches per channel
	 */
	record SegmentReach(String value, Audience audience) {
	}

}
