package io.tsutawaru.jma.telegram;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * The body's text for people, whatever the kind: a cancellation's {@code Text}, the
 * {@code Comments} (warning, forecast, free-form), a volcano's activity and prevention
 * text, and a flood forecast's main text ({@code Property} of type 主文).
 */
final class BodyText {

	private BodyText() {
	}

	static String read(Element body) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(Xml.text(body, null, "Text"));
		for (Element comments : Xml.children(body, null, "Comments")) {
			for (Element comment = firstElement(comments); comment != null; comment = nextElement(comment)) {
				paragraphs.add(Xml.text(comment, null, "Text"));
			}
		}
		Xml.children(body, null, "Comment").forEach(comment -> paragraphs.add(Xml.text(comment, null, "Text")));
		for (Element content : Xml.children(body, null, "VolcanoInfoContent")) {
			paragraphs.add(Xml.text(content, null, "VolcanoActivity"));
			paragraphs.add(Xml.text(content, null, "VolcanoPrevention"));
		}
		for (Element property : Xml.path(body, null, "Warning", "Item", "Kind", "Property")) {
			if ("主文".equals(Xml.text(property, null, "Type"))) {
				paragraphs.add(Xml.text(property, null, "Text"));
			}
		}
		return String.join("\n", paragraphs.stream().filter(text -> !text.isEmpty()).distinct().toList());
	}

	private static Element firstElement(Element parent) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	private static Element nextElement(Element element) {
		for (var node = element.getNextSibling(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element next) {
				return next;
			}
		}
		return null;
	}

}
