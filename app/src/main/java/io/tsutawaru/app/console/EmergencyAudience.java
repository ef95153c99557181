package io.tsutawaru.app.console;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whom an alert from the emergency screen reaches: the residents of the areas picked and
 * those who registered no area, or, with no area picked, the whole city. Residents
 * without an area are included because nobody knows where they live, and in an emergency
 * a message too many is safer than one missing; the screen says so and counts them apart.
 * The rule is built here once, for the head-count in the confirmation and for the alert
 * itself.
 */
final class EmergencyAudience {

	private EmergencyAudience() {
	}

	static String rule(List<String> areas) {
		if (areas.isEmpty()) {
			return "all";
		}
		return "area in (" + areas.stream().map(RuleText::quoted).collect(Collectors.joining(", "))
				+ ") or area is unset";
	}

}
