package io.tsutawaru.app.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tsutawaru.jma.InvalidJmaRuleException;
import io.tsutawaru.jma.JmaRules;
import io.tsutawaru.jma.JmaTelegram;
import io.tsutawaru.jma.JmaTelegramKind;
import io.tsutawaru.jma.JmaTelegramLog;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.Notices;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * JMA's telegrams for emergency staff (issue 17): what each telegram received did and
 * why, the city's rules edited in a form with the areas named, and the drafts telegrams
 * produced, each sent with one click. The rules are saved through
 * {@link JmaRules#replaceAll}, which checks them and audits the replacement with the
 * member of staff.
 */
@Controller
@EnableConfigurationProperties(JmaAreaNames.class)
class JmaController {

	/** How many telegrams the page lists; the API gives up to 1,000. */
	static final int RECENT_TELEGRAMS = 100;

	/** {@code [2].areaCodes[1]}: the rule's index among the kept rows, then its field. */
	private static final Pattern FIELD = Pattern.compile("\\[(\\d+)]\\.?([A-Za-z]*)");

	private final JmaRules rules;

	private final JmaTelegramLog telegrams;

	private final Notices notices;

	private final JmaAreaNames areaNames;

	private final MessageSource messages;

	private final JmaDrafts drafts;

	JmaController(JmaRules rules, JmaTelegramLog telegrams, Notices notices, JmaAreaNames areaNames,
			MessageSource messages, JmaDrafts drafts) {
		this.rules = rules;
		this.telegrams = telegrams;
		this.notices = notices;
		this.drafts = drafts;
		this.areaNames = areaNames;
		this.messages = messages;
	}

	/** A telegram as the page lists it: the reason in the staff member's language. */
	record TelegramRow(JmaTelegram telegram, String reason) {
	}

	@GetMapping("/console/jma")
	String page(Model model, Locale locale) {
		return render(model, JmaRulesForm.of(rules.all()), locale);
	}

	@PostMapping("/console/jma/rules")
	String save(@ModelAttribute("form") JmaRulesForm form, Authentication user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			rules.replaceAll(form.toRules(), ActingStaff.of(user));
		}
		catch (InvalidJmaRuleException ex) {
			markField(form, ex);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "jma.rules.problem");
			return render(model, form, locale);
		}
		redirect.addFlashAttribute("done", "jma.rules.saved");
		return "redirect:/console/jma#rules";
	}

	@PostMapping("/console/jma/drafts/{id}/send")
	String send(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		// Only a draft a telegram made and nobody sent yet: other drafts go through the
		// notices' own approval.
		if (!drafts.isWaiting(id)) {
			redirect.addFlashAttribute("done", "jma.drafts.gone");
			return "redirect:/console/jma#drafts";
		}
		try {
			notices.submit(id, ActingStaff.of(user));
		}
		catch (NoticeStateException ex) {
			redirect.addFlashAttribute("done", "jma.drafts.gone");
			return "redirect:/console/jma#drafts";
		}
		return "redirect:/console/emergency/" + id;
	}

	private String render(Model model, JmaRulesForm form, Locale locale) {
		List<JmaTelegram> recent = telegrams.received(RECENT_TELEGRAMS);
		model.addAttribute("telegrams",
				recent.stream().map(entry -> new TelegramRow(entry, reason(entry, locale))).toList());
		model.addAttribute("drafts", drafts.waiting());
		model.addAttribute("form", form);
		model.addAttribute("kinds", JmaTelegramKind.all().stream().map(JmaTelegramKind::infoKind).toList());
		model.addAttribute("scales", scales());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("areaNames", areaNames);
		model.addAttribute("recentTelegrams", RECENT_TELEGRAMS);
		return "console/jma";
	}

	/**
	 * Each scale's levels, labelled by the kinds that use it, for the minimum's select.
	 */
	private static Map<String, List<String>> scales() {
		Map<String, List<String>> scales = new LinkedHashMap<>();
		Map<String, List<JmaTelegramKind>> byScale = JmaTelegramKind.all()
			.stream()
			.collect(Collectors.groupingBy(JmaTelegramKind::scale, LinkedHashMap::new, Collectors.toList()));
		byScale.values()
			.forEach(kinds -> scales.put(kinds.stream().map(JmaTelegramKind::infoKind).collect(Collectors.joining("・")),
					kinds.getFirst().levels()));
		return scales;
	}

	/**
	 * The reason a telegram was ignored, in the staff member's language: stored as the
	 * reason's code, then its detail ({@code below-minimum: 震度3}); a code without words
	 * of its own is shown as stored.
	 */
	private String reason(JmaTelegram entry, Locale locale) {
		if (entry.reason() == null) {
			return null;
		}
		int colon = entry.reason().indexOf(": ");
		String code = colon < 0 ? entry.reason() : entry.reason().substring(0, colon);
		String detail = colon < 0 ? "" : entry.reason().substring(colon + 2);
		return messages.getMessage("jma.ignored." + code, new Object[] { detail }, entry.reason(), locale);
	}

	/**
	 * Puts the jma module's complaint next to the field it names, on the row it came
	 * from.
	 */
	private static void markField(JmaRulesForm form, InvalidJmaRuleException ex) {
		Matcher matcher = FIELD.matcher(ex.field());
		List<JmaRulesForm.Row> kept = form.kept();
		if (matcher.lookingAt() && Integer.parseInt(matcher.group(1)) < kept.size()) {
			String field = matcher.group(2).isEmpty() ? "name" : matcher.group(2);
			kept.get(Integer.parseInt(matcher.group(1))).fail(field, ex.code());
		}
		else if (!form.getRules().isEmpty()) {
			// No rule at all ("missing"): the first row is where one is written.
			form.getRules().getFirst().fail("name", ex.code());
		}
	}

}
