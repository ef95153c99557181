package io.tsutawaru.app.console;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Headcount;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Segments;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The emergency screen: template, areas, text, actual or exercise, one confirmation with
 * the head-count per channel and area, and the alert goes to every channel at once; above
 * the form, the alerts JMA's telegrams drafted, each sent with one click. Its progress,
 * update and cancellation are {@link EmergencyFollowUpController}'s.
 */
@Controller
class EmergencyController {

	private static final Map<String, String> ASKING_PROBLEMS = Map.of("confirmation", "emergency.confirmation.invalid",
			"escalateAfterMinutes", "emergency.escalate.invalid");

	private final Notices notices;

	private final AttributeCatalog catalog;

	private final ConfiguredChannels channels;

	private final Clock clock;

	private final Segments segments;

	private final JmaDrafts jmaDrafts;

	private final MessageSource messages;

	EmergencyController(Notices notices, AttributeCatalog catalog, ConfiguredChannels channels, Clock clock,
			Segments segments, JmaDrafts jmaDrafts, MessageSource messages) {
		this.messages = messages;
		this.segments = segments;
		this.jmaDrafts = jmaDrafts;
		this.notices = notices;
		this.catalog = catalog;
		this.channels = channels;
		this.clock = clock;
	}

	@GetMapping("/console/emergency")
	String blank(Model model) {
		NoticeForm form = new NoticeForm();
		// Every channel the city has connected: an emergency goes everywhere at once.
		form.setChannels(channels.configured().stream().map(Channel::id).collect(Collectors.toList()));
		model.addAttribute("form", form);
		return page(model);
	}

	@PostMapping("/console/emergency")
	String send(@ModelAttribute("form") NoticeForm form, Authentication user, Model model, Locale locale) {
		form.setSeverity("emergency");
		form.setWhen("now");
		form.setSegmentRule(EmergencyAudience.rule(form.getAreas()));
		try {
			NoticeView notice = notices.create(form.toDraft(clock.getZone()), ActingStaff.of(user));
			return "redirect:/console/emergency/" + notice.id();
		}
		catch (InvalidNoticeException ex) {
			// What residents are asked is the emergency screen's own choice: said in the
			// staff's language here.
			String key = ASKING_PROBLEMS.get(String.valueOf(ex.field()));
			model.addAttribute("problem",
					key == null ? NoticeProblems.describe(ex) : messages.getMessage(key, null, locale));
			return page(model);
		}
		catch (RuntimeException ex) {
			model.addAttribute("problem", NoticeProblems.describe(ex));
			return page(model);
		}
	}

	/**
	 * Whom the alert would reach, per channel and per area, for the confirmation: the
	 * same rule the alert gets, and the notifier's head-count, which counts as its
	 * delivery plan chooses channels.
	 */
	@GetMapping(path = "/console/emergency/headcount", produces = "application/json")
	@ResponseBody
	Headcount headcount(@RequestParam(defaultValue = "") List<String> areas,
			@RequestParam(defaultValue = "") List<String> channels) {
		Set<Channel> chosen = new LinkedHashSet<>();
		for (String channel : channels) {
			try {
				chosen.add(Channel.of(channel));
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown channel '" + channel + "'");
			}
		}
		return segments.headcount(EmergencyAudience.rule(areas), chosen);
	}

	/** An area as the templates name it in each language residents read. */
	record AreaChoice(String name, String english, String easy) {
	}

	private String page(Model model) {
		model.addAttribute("templates", EmergencyTemplate.ALL);
		model.addAttribute("areas",
				catalog.areas()
					.stream()
					.map(area -> new AreaChoice(area, catalog.areaName(area, "en"), catalog.areaName(area, "easy-ja")))
					.toList());
		model.addAttribute("allChannels", Channel.values());
		model.addAttribute("configured", channels.configured());
		// Alerts JMA's telegrams drafted for approval come first: sending one is a click,
		// writing one is minutes.
		model.addAttribute("drafts", jmaDrafts.waiting());
		return "console/emergency";
	}

}
