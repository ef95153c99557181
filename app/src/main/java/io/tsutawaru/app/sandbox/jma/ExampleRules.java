package io.tsutawaru.app.sandbox.jma;

import java.util.List;
import java.util.Set;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.JmaRules;
import io.tsutawaru.notifier.StaffMember;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sandbox's fictional つたわる市 watches JMA's areas of 宮城県 in its example rules, so that
 * the real telegrams of the 2008 岩手・宮城内陸地震 and the 2011 東北地方太平洋沖地震 (docs and tests copy
 * them) fire when published on the sandbox feed: an earthquake of 震度5弱 or more, or a
 * tsunami warning, is sent at once to every channel; a weather warning is drafted for
 * one-click approval. Installed only when the city has no rules yet, so a city's own
 * rules are never replaced.
 */
@Component
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class ExampleRules {

	private static final Logger log = LoggerFactory.getLogger(ExampleRules.class);

	/** JMA's 地震情報／細分区域 of 宮城県: 北部, 南部, 中部. */
	static final List<String> MIYAGI_EARTHQUAKE_AREAS = List.of("220", "221", "222");

	/** JMA's 津波予報区 宮城県. */
	static final List<String> MIYAGI_TSUNAMI_AREAS = List.of("220");

	/** JMA's 気象・地震・火山情報／市町村等 of 仙台市 (青葉区, 宮城野区, 若林区, 太白区, 泉区). */
	static final List<String> SENDAI_WEATHER_AREAS = List.of("0410100", "0410200", "0410300", "0410400", "0410500");

	static final List<JmaRule> RULES = List.of(
			new JmaRule("地震（震度速報・震度5弱以上）", "震度速報", MIYAGI_EARTHQUAKE_AREAS, "震度5弱", JmaRule.Action.SEND, Set.of(),
					null),
			new JmaRule("地震（震源・震度情報・震度5弱以上）", "地震情報", MIYAGI_EARTHQUAKE_AREAS, "震度5弱", JmaRule.Action.SEND, Set.of(),
					null),
			new JmaRule("津波警報以上", "津波警報・注意報・予報", MIYAGI_TSUNAMI_AREAS, "津波警報", JmaRule.Action.SEND, Set.of(), null),
			new JmaRule("気象警報（確認してから送る）", "気象警報・注意報", SENDAI_WEATHER_AREAS, "警報", JmaRule.Action.DRAFT, Set.of(),
					null));

	private final ObjectProvider<JmaRules> rules;

	ExampleRules(ObjectProvider<JmaRules> rules) {
		this.rules = rules;
	}

	@EventListener(ApplicationReadyEvent.class)
	void installWhenNone() {
		JmaRules city = rules.getIfAvailable();
		if (city == null || !city.all().isEmpty()) {
			return;
		}
		try {
			city.replaceAll(RULES, new StaffMember("system:sandbox", Set.of("ADMIN")));
			log.info("Sandbox: {} example rules for JMA telegrams installed", RULES.size());
		}
		catch (RuntimeException ex) {
			// Two sandbox processes starting on one database at once: the other one
			// installed them.
			log.warn("Sandbox: example JMA rules not installed: {}", ex.getClass().getSimpleName());
		}
	}

}
