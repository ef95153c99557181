package io.tsutawaru.notifier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Reads XML documents in tests by element name, whatever their namespace, and validates
 * them against a schema.
 */
public final class Xml {

	private final Document document;

	private Xml(Document document) {
		this.document = document;
	}

	public static Xml parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return new Xml(
					factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	/** Text of every element with this local name, in document order. */
	public List<String> all(String localName) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate("//*[local-name()='" + localName + "']", document, XPathConstants.NODESET);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				texts.add(nodes.item(i).getTextContent());
			}
			return texts;
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** Text of the first element with this local name, or null. */
	public String first(String localName) {
		List<String> all = all(localName);
		return all.isEmpty() ? null : all.get(0);
	}

	/** The namespace of the root element. */
	public String rootNamespace() {
		return document.getDocumentElement().getNamespaceURI();
	}

	/**
	 * Throws with the validator's message when the document does not conform to the
	 * schema on the class path.
	 */
	public static void validate(String xml, String schemaResource) throws Exception {
		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(Xml.class.getResource(schemaResource));
		schema.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
	}

}
