package io.tsutawaru.notifier.publishing;

import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;

/**
 * What a CAP {@code info} block says about the event: its category and name, from the
 * notice's kind (a general notice's from its topic), and how urgent, severe and certain
 * it is. A cancellation asks for nothing, so aggregators must not show it as the severe,
 * immediate threat it withdraws.
 *
 * @param category CAP's category (Geo, Met, Safety, …)
 * @param event the event's name in the block's language
 * @param responseType AllClear for a cancellation, else null (none)
 * @param urgency CAP's urgency
 * @param severity CAP's severity
 * @param certainty CAP's certainty
 */
record CapEvent(String category, String event, String responseType, String urgency, String severity, String certainty) {

	static CapEvent of(PublishedNotice version, String language) {
		NoticeDraft content = version.content();
		String category = content.kind().capCategory() != null ? content.kind().capCategory()
				: category(content.topic(), content.severity());
		String event = content.kind() == NoticeKind.GENERAL && content.topic() != null ? content.topic()
				: content.kind().label(language);
		if (version.type() == PublishedNotice.MessageType.CANCEL) {
			return new CapEvent(category, event, "AllClear", "Past", "Minor", "Unknown");
		}
		Severity severity = content.severity();
		return new CapEvent(category, event, null, switch (severity) {
			case EMERGENCY -> "Immediate";
			case WARNING -> "Expected";
			case INFO -> "Unknown";
		}, switch (severity) {
			case EMERGENCY -> "Severe";
			case WARNING -> "Moderate";
			case INFO -> "Minor";
		}, severity == Severity.INFO ? "Unknown" : "Likely");
	}

	/** CAP's category of a general notice, from its topic; disasters are Safety. */
	private static String category(String topic, Severity severity) {
		if (topic == null) {
			return severity == Severity.EMERGENCY ? "Safety" : "Other";
		}
		return switch (topic) {
			case "防災" -> "Safety";
			case "健康" -> "Health";
			case "ごみ" -> "Env";
			case "交通" -> "Transport";
			default -> "Other";
		};
	}

}
