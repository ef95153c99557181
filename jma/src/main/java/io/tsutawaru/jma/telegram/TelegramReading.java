package io.tsutawaru.jma.telegram;

import org.w3c.dom.Element;

import io.tsutawaru.jma.telegram.UnreadableTelegramException.Reason;

/**
 * Reads a parsed {@code jmx:Report}: the fields every report has, then the body of its
 * kind.
 */
final class TelegramReading {

	private TelegramReading() {
	}

	static Telegram read(Element report) throws UnreadableTelegramException {
		Element control = required(report, Xml.JMX, "Control");
		Element head = required(report, Xml.JMX_IB, "Head");
		String title = requiredText(control, Xml.JMX, "Control/", "Title");
		String statusWord = requiredText(control, Xml.JMX, "Control/", "Status");
		TelegramStatus status = TelegramStatus.of(statusWord).orElseThrow(() -> invalid("Control/Status", statusWord));
		String infoKind = requiredText(head, Xml.JMX_IB, "Head/", "InfoKind");
		String infoTypeWord = requiredText(head, Xml.JMX_IB, "Head/", "InfoType");
		InfoType infoType = InfoType.of(infoTypeWord).orElseThrow(() -> invalid("Head/InfoType", infoTypeWord));
		String reportDateTime = requiredText(head, Xml.JMX_IB, "Head/", "ReportDateTime");
		Element headline = Xml.child(head, Xml.JMX_IB, "Headline").orElse(null);
		Element body = Xml.child(report, null, "Body").orElse(null);
		Scale scale = TelegramKind.of(infoKind).map(TelegramKind::scale).orElse(Scale.OTHER);
		AreaEntries areas = new AreaEntries();
		if (body != null) {
			SeismologyBody.readAreas(body, areas);
			MeteorologyBody.readAreas(body, scale, areas);
			VolcanologyBody.readAreas(body, scale, areas);
		}
		if (areas.isEmpty() && headline != null) {
			HeadlineAreas.read(headline, scale, areas);
			MeteorologyBody.readFloodTowns(body, areas);
		}
		return new Telegram(title, Xml.text(head, Xml.JMX_IB, "Title"), infoKind, infoType, status,
				Xml.text(head, Xml.JMX_IB, "EventID"), Xml.text(head, Xml.JMX_IB, "Serial"),
				TelegramParser.dateTime(reportDateTime), headline == null ? "" : Xml.text(headline, Xml.JMX_IB, "Text"),
				body == null ? "" : BodyText.read(body), areas.list(),
				body == null ? "" : SeismologyBody.hypocenter(body),
				body == null ? "" : SeismologyBody.magnitude(body));
	}

	private static Element required(Element parent, String namespace, String name) throws UnreadableTelegramException {
		return Xml.child(parent, namespace, name).orElseThrow(() -> missing(name));
	}

	private static String requiredText(Element parent, String namespace, String where, String name)
			throws UnreadableTelegramException {
		String text = Xml.text(parent, namespace, name);
		if (text.isEmpty()) {
			throw missing(where + name);
		}
		return text;
	}

	private static UnreadableTelegramException missing(String field) {
		return new UnreadableTelegramException(Reason.MISSING_OR_INVALID_FIELD, field + " is missing");
	}

	private static UnreadableTelegramException invalid(String field, String value) {
		return new UnreadableTelegramException(Reason.MISSING_OR_INVALID_FIELD, field + " is '" + value + "'");
	}

}
