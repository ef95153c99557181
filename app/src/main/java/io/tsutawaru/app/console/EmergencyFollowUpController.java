package io.tsutawaru.app.console;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.app.audit.PersonalDataReads;
import io.tsutawaru.notifier.HelpRequest;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.SafetyAnswers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After an alert went out: its live progress, and an update or a cancellation, each
 * confirmed like the first send (what changes, the cancellation's own message, who
 * receives it) before it goes to every channel, then followed by the progress of that
 * version.
 */
@Controller
class EmergencyFollowUpController {

	private final Notices notices;

	private final Clock clock;

	private final SafetyAnswers answers;

	private final PersonalDataReads reads;

	EmergencyFollowUpController(Notices notices, Clock clock, SafetyAnswers answers, PersonalDataReads reads) {
		this.notices = notices;
		this.clock = clock;
		this.answers = answers;
		this.reads = reads;
	}

	@GetMapping("/console/emergency/{id}")
	String progress(@PathVariable long id, Model model, Authentication user, HttpServletRequest request) {
		NoticeView notice = notices.find(id);
		model.addAttribute("notice", notice);
		if (notice.draft().confirmation().asks()) {
			List<HelpRequest> help = answers.needingHelp(id);
			// Where a resident is and what they wrote are personal: the reading is
			// recorded before it is shown.
			reads.record(user, request, help.stream().map(h -> "safety-help:" + id + ":" + h.subscriberId()).toList());
			model.addAttribute("tally", AnswerTally.of(answers, id, help));
			model.addAttribute("help", help);
			model.addAttribute("helpVersion", HelpList.version(help));
		}
		model.addAttribute("figures", DeliveryFigures.of(notice));
		model.addAttribute("update", NoticeForm.of(notice.draft(), clock.getZone()));
		return "console/emergency-progress";
	}

	/**
	 * A new version of the text. The translations are sent with it; a form without them
	 * (an older page) keeps the ones the alert has.
	 */
	@PostMapping("/console/emergency/{id}/update")
	String update(@PathVariable long id, @RequestParam String title, @RequestParam String body,
			@RequestParam(required = false) String titleEn, @RequestParam(required = false) String bodyEn,
			@RequestParam(required = false) String titleEasy, @RequestParam(required = false) String bodyEasy,
			Authentication user, RedirectAttributes redirect) {
		NoticeView sent = notices.find(id);
		NoticeForm changes = NoticeForm.of(sent.draft(), clock.getZone());
		changes.setTitle(title);
		changes.setBody(body);
		if (titleEn != null && bodyEn != null) {
			changes.setTitleEn(titleEn);
			changes.setBodyEn(bodyEn);
		}
		if (titleEasy != null && bodyEasy != null) {
			changes.setTitleEasy(titleEasy);
			changes.setBodyEasy(bodyEasy);
		}
		return act(id, redirect,
				() -> notices.update(id, changes.toChangeOf(sent.draft(), clock.getZone()), ActingStaff.of(user)),
				"emergency.updated");
	}

	/**
	 * The message a cancellation with this reason sends, as residents will read it
	 * (headline and text in each language the alert was written in), for the
	 * confirmation; nothing is sent.
	 */
	@GetMapping(path = "/console/emergency/{id}/cancellation", produces = "application/json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> cancellation(@PathVariable long id,
			@RequestParam(defaultValue = "") String reason) {
		try {
			NoticeDraft text = notices.cancellation(id, reason);
			var version = new PublishedNotice(id, 0, PublishedNotice.MessageType.CANCEL, text, clock.instant(),
					clock.instant(), reason);
			Map<String, Object> languages = new LinkedHashMap<>();
			languages.put("ja", Map.of("headline", version.headline(null), "body", version.body(null)));
			text.translations()
				.keySet()
				.forEach(language -> languages.put(language,
						Map.of("headline", version.headline(language), "body", version.body(language))));
			return ResponseEntity.ok(Map.of("languages", languages));
		}
		catch (RuntimeException ex) {
			return ResponseEntity.badRequest().body(Map.of("problem", NoticeProblems.describe(ex)));
		}
	}

	@PostMapping("/console/emergency/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> notices.cancel(id, reason, ActingStaff.of(user)), "emergency.cancelled");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", NoticeProblems.describe(ex));
		}
		return "redirect:/console/emergency/" + id;
	}

}
