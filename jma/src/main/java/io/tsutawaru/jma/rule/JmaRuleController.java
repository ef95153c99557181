package io.tsutawaru.jma.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tsutawaru.jma.InvalidJmaRuleException;
import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.JmaRules;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's rules for JMA telegrams, read and replaced as a whole. Errors are
 * {@link RuleProblemDetails}.
 */
@RestController
@RequestMapping("/api/jma/rules")
@PreAuthorize("hasAnyRole('EMERGENCY', 'ADMIN')")
@Tag(name = "JMA rules", description = "Which JMA telegrams send an emergency notice at once or draft one for "
		+ "approval, for which areas and from which level. For EMERGENCY staff and ADMIN.")
class JmaRuleController {

	private final JmaRules rules;

	JmaRuleController(JmaRules rules) {
		this.rules = rules;
	}

	@GetMapping
	@Operation(summary = "Every rule, in the order given")
	@ApiResponse(responseCode = "200", description = "The rules; channels list every channel when none was named.")
	List<RuleJson> all() {
		return rules.all().stream().map(RuleJson::of).toList();
	}

	@PutMapping
	@Operation(summary = "Replace every rule",
			description = "All rules are checked before any is kept; an empty " + "array removes every rule.")
	@ApiResponse(responseCode = "200", description = "The rules as kept.")
	@ApiResponse(responseCode = "400", description = "A rule is invalid: the problem's field names it, e.g. "
			+ "[1].minimum (a level the kind does not have), [0].telegram (a kind rules cannot name), [0].areaCodes "
			+ "(none), [0].channels[2] (no such channel), [0].segmentRule (does not parse).")
	List<RuleJson> replace(@RequestBody List<RuleJson> body, Authentication user) {
		if (body == null) {
			throw new InvalidJmaRuleException("", "missing", "a JSON array of rules is required");
		}
		List<JmaRule> replacement = new ArrayList<>();
		for (int at = 0; at < body.size(); at++) {
			if (body.get(at) == null) {
				throw new InvalidJmaRuleException("[" + at + "]", "missing", "a rule is required");
			}
			replacement.add(body.get(at).toRule(at));
		}
		rules.replaceAll(replacement, staff(user));
		return all();
	}

	private static StaffMember staff(Authentication user) {
		return new StaffMember(user.getName(),
				user.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.map(authority -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
					.collect(Collectors.toSet()));
	}

}
