package io.tsutawaru.app.console;

import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Segments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: who the city reaches, and what waits for staff. */
@Controller
class DashboardController {

	private final Segments segments;

	private final AttributeCatalog catalog;

	DashboardController(Segments segments, AttributeCatalog catalog) {
		this.segments = segments;
		this.catalog = catalog;
	}

	@GetMapping("/console")
	String dashboard(Model model) {
		model.addAttribute("everyone", segments.preview("all"));
		model.addAttribute("byArea", reachOf("area", catalog.areas()));
		model.addAttribute("byLanguage", reachOf("language", catalog.languages()));
		return "console/dashboard";
	}

	/** The residents reached per value of one attribute, counted by the same rule language staff write. */
	private List<SegmentReach> reachOf(String attribute, List<String> values) {
		List<SegmentReach> reach = new ArrayList<>();
		for (String value : values) {
			reach.add(new SegmentReach(value, segments.preview(attribute + " = " + RuleText.quoted(value))));
		}
		return reach;
	}

	/** @param value the attribute's value, e.g. 北部 @param audience the residents it reaches per channel */
	record SegmentReach(String value, Audience audience) {
	}

}
