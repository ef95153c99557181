package io.tsutawaru.jma.rule;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.tsutawaru.jma.InvalidJmaRuleException;
import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.telegram.TelegramKind;
import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.Segments;

/**
 * Checks the city's rules before they are kept, naming the field at fault as the REST
 * API's JSON does ({@code [2].minimum}): a kind rules can name, a minimum on that kind's
 * scale, at least one JMA area code, an action, and a segment rule the notifier accepts.
 */
final class RuleCheck {

	/**
	 * JMA's area codes are digits (地震情報／細分区域 220, 市町村等 0321500, 津波予報区 210, 河川
	 * 8505090002).
	 */
	private static final Pattern AREA_CODE = Pattern.compile("\\d{1,20}");

	private static final int MAX_NAME = 200;

	private static final int MAX_AREAS = 2_000;

	private RuleCheck() {
	}

	static void check(List<JmaRule> rules, Segments segments) {
		Set<String> names = new HashSet<>();
		for (int index = 0; index < rules.size(); index++) {
			JmaRule rule = rules.get(index);
			String at = "[" + index + "].";
			if (rule == null) {
				throw new InvalidJmaRuleException("[" + index + "]", "missing", "a rule is required");
			}
			checkName(rule, at, names);
			TelegramKind kind = TelegramKind.of(rule.telegram())
				.orElseThrow(() -> new InvalidJmaRuleException(at + "telegram", "unknown-kind",
						"'" + rule.telegram() + "' is not one of " + kinds()));
			if (rule.minimum() != null && kind.scale().rank(rule.minimum()).isEmpty()) {
				throw new InvalidJmaRuleException(at + "minimum", "unknown-minimum",
						"'" + rule.minimum() + "' is not a level of " + kind.infoKind() + ": " + kind.scale().levels());
			}
			checkAreas(rule, at);
			if (rule.action() == null) {
				throw new InvalidJmaRuleException(at + "action", "missing-action", "send or draft is required");
			}
			checkSegmentRule(rule, at, segments);
		}
	}

	private static void checkName(JmaRule rule, String at, Set<String> names) {
		if (rule.name() == null || rule.name().isBlank()) {
			throw new InvalidJmaRuleException(at + "name", "missing-name", "a name is required");
		}
		if (rule.name().length() > MAX_NAME) {
			throw new InvalidJmaRuleException(at + "name", "long-name", "at most " + MAX_NAME + " characters");
		}
		if (!names.add(rule.name().strip())) {
			throw new InvalidJmaRuleException(at + "name", "duplicate-name", "'" + rule.name() + "' is used twice");
		}
	}

	private static void checkAreas(JmaRule rule, String at) {
		if (rule.areaCodes().isEmpty()) {
			throw new InvalidJmaRuleException(at + "areaCodes", "no-areas", "at least one JMA area code is required");
		}
		if (rule.areaCodes().size() > MAX_AREAS) {
			throw new InvalidJmaRuleException(at + "areaCodes", "too-many-areas", "at most " + MAX_AREAS + " codes");
		}
		for (int i = 0; i < rule.areaCodes().size(); i++) {
			String code = rule.areaCodes().get(i);
			if (code == null || !AREA_CODE.matcher(code).matches()) {
				throw new InvalidJmaRuleException(at + "areaCodes[" + i + "]", "bad-area-code",
						"'" + code + "' is not a JMA area code (digits)");
			}
		}
	}

	private static void checkSegmentRule(JmaRule rule, String at, Segments segments) {
		Optional<String> segmentRule = Optional.ofNullable(rule.segmentRule());
		try {
			segmentRule.ifPresent(segments::validate);
		}
		catch (InvalidSegmentRuleException ex) {
			throw new InvalidJmaRuleException(at + "segmentRule", "bad-segment-rule", ex.getMessage());
		}
	}

	private static List<String> kinds() {
		return Arrays.stream(TelegramKind.values()).map(TelegramKind::infoKind).toList();
	}

}
