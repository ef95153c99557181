package io.tsutawaru.jma.rule;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tsutawaru.jma.InvalidJmaRuleException;
import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.notifier.Channel;

/**
 * One rule as the REST API reads and writes it. Channels and the action arrive as
 * strings, so that a wrong one is a 400 naming the field rather than an unreadable body.
 */
@Schema(description = "What the city does with one kind of JMA telegram for its areas.")
record RuleJson(@Schema(description = "The rule's name.", example = "震度5弱以上は即時配信") String name,
		@Schema(description = "The telegrams' Head/InfoKind: 震度速報, 地震情報, 津波警報・注意報・予報, 気象警報・注意報, "
				+ "土砂災害警戒情報, 指定河川洪水予報, 竜巻注意情報, 噴火速報.", example = "震度速報") String telegram,
		@Schema(description = "JMA's area codes of the city (地震情報／細分区域, 市町村等, 津波予報区, …).",
				example = "[\"220\", \"0421500\"]") List<String> areaCodes,
		@Schema(description = "The lowest level that fires: 震度1 … 震度7 (震度5弱, 震度5強, 震度6弱, 震度6強); "
				+ "津波予報, 津波注意報, 津波警報, 大津波警報; 注意報, 警報, 特別警報; 氾濫注意情報 … 氾濫発生情報. " + "Optional: any level.",
				example = "震度5弱", nullable = true) String minimum,
		@Schema(description = "send: an emergency notice at once; draft: a draft for one-click approval.",
				allowableValues = {
						"send", "draft" }) String action,
		@Schema(description = "line, email, website, cap, lalert, radio; every channel when omitted.",
				nullable = true) List<String> channels,
		@Schema(description = "Who receives it on LINE and by e-mail (the notifier's segment rule); everyone when "
				+ "omitted.", nullable = true) String segmentRule,
		@Schema(description = "true to send 訓練 and 試験 telegrams as exercise and test notices; by default they are "
				+ "only recorded.", nullable = true) Boolean exercises){

	static RuleJson of(JmaRule rule) {
		return new RuleJson(rule.name(), rule.telegram(), rule.areaCodes(), rule.minimum(), rule.action().id(),
				channels(rule).stream().map(Channel::id).sorted().toList(), rule.segmentRule(), rule.exercises());
	}

	/**
	 * The rule this JSON describes; at is its place in the array, for the fields named in
	 * errors.
	 */
	JmaRule toRule(int at) {
		return new JmaRule(name, telegram, areaCodes, minimum, action(at), channels(at), segmentRule,
				Boolean.TRUE.equals(exercises));
	}

	private JmaRule.Action action(int at) {
		if (action == null || action.isBlank()) {
			throw new InvalidJmaRuleException("[" + at + "].action", "missing-action", "send or draft is required");
		}
		try {
			return JmaRule.Action.of(action);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidJmaRuleException("[" + at + "].action", "bad-action",
					"'" + action + "' is neither send nor draft");
		}
	}

	private Set<Channel> channels(int at) {
		if (channels == null || channels.isEmpty()) {
			return Set.of(Channel.values());
		}
		Set<Channel> parsed = new HashSet<>();
		for (int i = 0; i < channels.size(); i++) {
			String channel = channels.get(i);
			try {
				parsed.add(Channel.of(channel));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw new InvalidJmaRuleException("[" + at + "].channels[" + i + "]", "bad-channel",
						"'" + channel + "' is not one of " + Arrays.stream(Channel.values()).map(Channel::id).toList());
			}
		}
		return parsed;
	}

	private static Set<Channel> channels(JmaRule rule) {
		return rule.channels().isEmpty() ? Set.of(Channel.values()) : rule.channels();
	}

}
