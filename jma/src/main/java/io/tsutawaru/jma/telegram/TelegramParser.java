package io.tsutawaru.jma.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import io.tsutawaru.jma.telegram.UnreadableTelegramException.Reason;

/**
 * Reads JMA's disaster XML telegrams by their structure: {@code Control} and {@code Head}
 * as every report has them, the areas and levels from the body of the kind's namespace.
 * The XML is read securely: no DTD (so no entity of any kind), no external access, a size
 * limit and a nesting limit far above JMA's schema.
 */
public final class TelegramParser {

	/**
	 * The largest telegram read, in bytes: JMA's largest reports (地震情報 of a great
	 * earthquake) are far smaller.
	 */
	public static final int MAX_BYTES = 4 * 1024 * 1024;

	/**
	 * Deeper than any JMA telegram (about ten levels); deeper XML is refused before it
	 * costs anything.
	 */
	private static final int MAX_DEPTH = 64;

	private static final DocumentBuilderFactory FACTORY = factory();

	private TelegramParser() {
	}

	/**
	 * Reads one telegram.
	 * @throws UnreadableTelegramException for anything that is not a readable JMA report,
	 * and for nothing else
	 */
	public static Telegram parse(byte[] xml) throws UnreadableTelegramException {
		if (xml == null || xml.length == 0) {
			throw new UnreadableTelegramException(Reason.NOT_XML, "empty");
		}
		if (xml.length > MAX_BYTES) {
			throw new UnreadableTelegramException(Reason.TOO_LARGE, xml.length + " bytes, at most " + MAX_BYTES);
		}
		Element report = document(xml).getDocumentElement();
		if (!Xml.is(report, Xml.JMX, "Report")) {
			throw new UnreadableTelegramException(Reason.NOT_A_REPORT,
					"the root element is " + report.getNamespaceURI() + " " + report.getLocalName());
		}
		try {
			return TelegramReading.read(report);
		}
		catch (DateTimeParseException ex) {
			throw new UnreadableTelegramException(Reason.MISSING_OR_INVALID_FIELD,
					"ReportDateTime: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			// The DOM gives unchecked errors only for misuse; a telegram must still never
			// stop the poller.
			throw new UnreadableTelegramException(Reason.NOT_A_REPORT, ex.toString(), ex);
		}
	}

	private static Document document(byte[] xml) throws UnreadableTelegramException {
		try {
			DocumentBuilder builder = FACTORY.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entity refused: " + systemId);
			});
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException | IOException ex) {
			throw new UnreadableTelegramException(Reason.NOT_XML, String.valueOf(ex.getMessage()), ex);
		}
		catch (ParserConfigurationException | RuntimeException ex) {
			throw new UnreadableTelegramException(Reason.NOT_XML, ex.toString(), ex);
		}
	}

	private static DocumentBuilderFactory factory() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory;
		}
		catch (ParserConfigurationException | IllegalArgumentException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be made secure", ex);
		}
	}

	/** A report's {@code ReportDateTime}. */
	static OffsetDateTime dateTime(String text) {
		return OffsetDateTime.parse(text);
	}

}
