package io.tsutawaru.jma.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Steps through a telegram's elements by namespace and local name. JMA's XML puts
 * {@code Control} in {@code jmx}, {@code Head} in {@code jmx_ib}, the body in its kind's
 * namespace ({@code jmx_seis}, {@code jmx_mete}, {@code jmx_volc}) and shared elements
 * such as {@code Magnitude} in {@code jmx_eb}; a namespace of null matches any.
 */
final class Xml {

	static final String JMX = "http://xml.kishou.go.jp/jmaxml1/";

	static final String JMX_IB = "http://xml.kishou.go.jp/jmaxml1/informationBasis1/";

	static final String JMX_EB = "http://xml.kishou.go.jp/jmaxml1/elementBasis1/";

	static final String JMX_SEIS = "http://xml.kishou.go.jp/jmaxml1/body/seismology1/";

	static final String JMX_METE = "http://xml.kishou.go.jp/jmaxml1/body/meteorology1/";

	static final String JMX_VOLC = "http://xml.kishou.go.jp/jmaxml1/body/volcanology1/";

	private Xml() {
	}

	static boolean is(Node node, String namespace, String name) {
		return node instanceof Element element && name.equals(element.getLocalName())
				&& (namespace == null || namespace.equals(element.getNamespaceURI()));
	}

	/** The child elements of that name, in document order. */
	static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (is(node, namespace, name)) {
				found.add((Element) node);
			}
		}
		return found;
	}

	/** The first child element of that name, if any. */
	static Optional<Element> child(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
	}

	/** The elements at the end of a path of child names, all in one namespace. */
	static List<Element> path(Element from, String namespace, String... names) {
		List<Element> current = from == null ? List.of() : List.of(from);
		for (String name : names) {
			List<Element> next = new ArrayList<>();
			current.forEach(element -> next.addAll(children(element, namespace, name)));
			current = next;
		}
		return current;
	}

	/** The stripped text of the first child of that name, or empty. */
	static String text(Element parent, String namespace, String name) {
		return child(parent, namespace, name).map(Xml::text).orElse("");
	}

	/** An element's stripped text. */
	static String text(Element element) {
		return element.getTextContent().strip();
	}

	/** An attribute's value, empty when absent. */
	static String attribute(Element element, String name) {
		return element.getAttribute(name).strip();
	}

}
