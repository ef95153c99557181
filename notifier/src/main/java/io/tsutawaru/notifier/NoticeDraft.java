package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What staff write: a notice before it is saved.
 *
 * @param title the headline (Japanese)
 * @param body the text (Japanese)
 * @param link a page with more information, or null
 * @param severity info, warning or emergency
 * @param status actual, exercise or test
 * @param topic a topic such as 防災, or null
 * @param channels where it goes
 * @param segmentRule who receives it on LINE and by e-mail ({@code all} for everyone)
 * @param translations title and body per language ({@code en}, {@code easy-ja})
 * @param areaNames the CAP area description, e.g. 北部
 * @param areaCodes JIS X 0402 municipality codes of the area, used by CAP and L-Alert
 * @param sendAt when to send; null for now
 * @param expiresAt when the notice stops being current (banner, CAP expires); null for
 * never
 * @param draft true to keep it as a draft rather than submitting it
 * @param kind what the notice is (evacuation order, shelter opening, …); general when not
 * said
 * @param confirmation what residents are asked to answer; nothing when not said
 * @param escalateAfterMinutes after how many minutes without an answer a resident gets
 * the notice again on their other channels; null for never (only a notice that asks
 * something escalates)
 */
public record NoticeDraft(String title, String body, String link, Severity severity, AlertStatus status, String topic,
		Set<Channel> channels, String segmentRule, Map<String, Translation> translations, List<String> areaNames,
		List<String> areaCodes, Instant sendAt, Instant expiresAt, boolean draft, NoticeKind kind,
		Confirmation confirmation, Integer escalateAfterMinutes) {

	/**
	 * The longest wait before escalation: a day; an answer asked for later than that is
	 * no follow-up.
	 */
	public static final int MAX_ESCALATE_AFTER_MINUTES = 1440;

	public NoticeDraft {
		confirmation = confirmation == null ? Confirmation.NONE : confirmation;
		kind = kind == null ? NoticeKind.GENERAL : kind;
		severity = severity == null ? Severity.INFO : severity;
		status = status == null ? AlertStatus.ACTUAL : status;
		channels = channels == null ? Set.of() : Set.copyOf(channels);
		segmentRule = segmentRule == null || segmentRule.isBlank() ? "all" : segmentRule;
		translations = translations == null ? Map.of() : Map.copyOf(translations);
		areaNames = areaNames == null ? List.of() : List.copyOf(areaNames);
		areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
	}

	/** A notice that asks nothing of its residents. */
	public NoticeDraft(String title, String body, String link, Severity severity, AlertStatus status, String topic,
			Set<Channel> channels, String segmentRule, Map<String, Translation> translations, List<String> areaNames,
			List<String> areaCodes, Instant sendAt, Instant expiresAt, boolean draft, NoticeKind kind) {
		this(title, body, link, severity, status, topic, channels, segmentRule, translations, areaNames, areaCodes,
				sendAt, expiresAt, draft, kind, Confirmation.NONE, null);
	}

	/**
	 * This notice asking {@code confirmation}, escalated after {@code minutes} (null for
	 * never).
	 */
	public NoticeDraft asking(Confirmation confirmation, Integer minutes) {
		return new NoticeDraft(title, body, link, severity, status, topic, channels, segmentRule, translations,
				areaNames, areaCodes, sendAt, expiresAt, draft, kind, confirmation, minutes);
	}

	/** A general notice, for callers that do not say what kind it is. */
	public NoticeDraft(String title, String body, String link, Severity severity, AlertStatus status, String topic,
			Set<Channel> channels, String segmentRule, Map<String, Translation> translations, List<String> areaNames,
			List<String> areaCodes, Instant sendAt, Instant expiresAt, boolean draft) {
		this(title, body, link, severity, status, topic, channels, segmentRule, translations, areaNames, areaCodes,
				sendAt, expiresAt, draft, NoticeKind.GENERAL);
	}

	/** A notice's title and body in one language. */
	public record Translation(String title, String body) {
	}

}
