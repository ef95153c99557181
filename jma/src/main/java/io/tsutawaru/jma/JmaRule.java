package io.tsutawaru.jma;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.tsutawaru.notifier.Channel;

/**
 * What a city does with one kind of JMA telegram for its areas: {@code send} an emergency
 * notice at once, or {@code draft} it for one-click approval on the emergency screen.
 *
 * @param name the rule's name, shown with what it did
 * @param telegram the telegrams' {@code Head/InfoKind}, e.g. 震度速報, 気象警報・注意報
 * @param areaCodes JMA's codes of the city's areas (the city maps its JIS X 0402 code to
 * them)
 * @param minimum the lowest level that fires (震度5弱, 津波警報, 警報, …), or null for any level
 * @param action send or draft
 * @param channels where the notice goes; empty for every channel
 * @param segmentRule who receives it on LINE and by e-mail, or null for everyone
 * @param exercises true to send 訓練 and 試験 telegrams as exercise and test notices (never
 * as real alerts); by default they are only recorded
 */
public record JmaRule(String name, String telegram, List<String> areaCodes, String minimum, Action action,
		Set<Channel> channels, String segmentRule, boolean exercises) {

	public JmaRule {
		areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
		channels = channels == null ? Set.of() : Set.copyOf(channels);
		minimum = minimum == null || minimum.isBlank() ? null : minimum.strip();
		segmentRule = segmentRule == null || segmentRule.isBlank() ? null : segmentRule.strip();
	}

	/** A rule for real telegrams only. */
	public JmaRule(String name, String telegram, List<String> areaCodes, String minimum, Action action,
			Set<Channel> channels, String segmentRule) {
		this(name, telegram, areaCodes, minimum, action, channels, segmentRule, false);
	}

	/** What a rule does when it fires. */
	public enum Action {

		/** Sends an emergency notice at once. */
		SEND,
		/** Saves the notice as a draft for one-click approval. */
		DRAFT;

		/** The lower-case name used in JSON: send, draft. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The action a lower- or upper-case id names. */
		public static Action of(String id) {
			return valueOf(id.strip().toUpperCase(Locale.ROOT));
		}

	}

}
