package io.tsutawaru.app.reliability.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.text.DocumentText;

/**
 * One generated notice of the Unicode fuzz run, and what the service must make of it:
 * refuse it with a 400 (a character no document can carry, a blank title, a line break in
 * an area name), or accept it and carry its text into every document.
 *
 * @param number the case's number in the run
 * @param viaConsole sent through the console's compose form (else the REST API)
 * @param titleEn and {@code bodyEn}: an English translation, or null
 * @param area an area name (through the API only), or null
 */
record FuzzNotice(int number, boolean viaConsole, String title, String body, String titleEn, String bodyEn,
		String area) {

	/**
	 * The text as the service receives it: a form cannot carry half a character (UTF-8
	 * makes it "?") and is stripped.
	 */
	String received(String text) {
		if (text == null || !viaConsole) {
			return text;
		}
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).strip();
	}

	/**
	 * What must make the service refuse this notice, or nothing when it must accept it.
	 */
	List<String> refusals() {
		List<String> reasons = new ArrayList<>();
		unfit("title", received(title), reasons);
		unfit("body", received(body), reasons);
		if (received(title).isBlank()) {
			reasons.add("blank title");
		}
		boolean translated = viaConsole
				? titleEn != null && !(received(titleEn).isBlank() && received(bodyEn).isBlank()) : titleEn != null;
		if (translated) {
			unfit("translations.en.title", received(titleEn), reasons);
			unfit("translations.en.body", received(bodyEn), reasons);
			if (received(titleEn).isBlank() || received(bodyEn).isBlank()) {
				reasons.add("blank translation");
			}
		}
		if (area != null) {
			unfit("areaNames[0]", area, reasons);
			if (area.contains("\n") || area.contains("\r")) {
				reasons.add("line break in an area name");
			}
		}
		return reasons;
	}

	private static void unfit(String field, String text, List<String> reasons) {
		DocumentText.firstUnfit(text).ifPresent(unfit -> reasons.add(field + " " + unfit.description()));
	}

	/**
	 * Line breaks as an XML parser (XML 1.0, section 2.11) and a mail reader report them:
	 * line feeds.
	 */
	static String xmlText(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * The JSON the REST API takes, every character outside printable ASCII escaped, half
	 * characters included.
	 */
	String json(String segmentRule) {
		StringBuilder json = new StringBuilder("{\"title\":").append(quote(title))
			.append(",\"body\":")
			.append(quote(body))
			.append(",\"severity\":\"emergency\",\"channels\":[\"website\",\"cap\",\"lalert\",\"radio\",\"email\"]")
			.append(",\"segmentRule\":")
			.append(quote(segmentRule));
		if (titleEn != null) {
			json.append(",\"translations\":{\"en\":{\"title\":")
				.append(quote(titleEn))
				.append(",\"body\":")
				.append(quote(bodyEn))
				.append("}}");
		}
		if (area != null) {
			json.append(",\"areaNames\":[").append(quote(area)).append("]");
		}
		return json.append('}').toString();
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	@Override
	public String toString() {
		return "#" + number + (viaConsole ? " console " : " API ") + escaped(title) + " / " + escaped(body)
				+ (titleEn == null ? "" : " / en " + escaped(titleEn) + " / " + escaped(bodyEn))
				+ (area == null ? "" : " / area " + escaped(area));
	}

	private static String escaped(String text) {
		StringBuilder shown = new StringBuilder();
		text.chars()
			.forEach(c -> shown.append(
					c < 0x20 || c > 0x7E && c < 0xA0 || Character.isSurrogate((char) c) || c >= 0xFDD0 && c <= 0xFDEF
							|| c >= 0xFFFE ? String.format("\\u%04X", c) : String.valueOf((char) c)));
		return shown.toString();
	}

}
