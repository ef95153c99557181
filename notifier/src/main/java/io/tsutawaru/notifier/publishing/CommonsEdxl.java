package io.tsutawaru.notifier.publishing;

import java.io.StringWriter;
import java.time.Instant;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.text.DocumentText;

/**
 * A notice as L-Alert (公共情報コモンズ) takes it: a commons XML {@code Report} inside the
 * commons EDXL-DE envelope, filed under the category of the notice's kind
 * (EvacuationOrder for 避難指示, Shelter, GeneralInformation for お知らせ) with that category's
 * body ({@link CommonsBody}). The document id is stable for the notice; every version
 * carries its revision and the previous one, and the distribution type says Report,
 * Update or Cancel. Areas are JIS X 0402 codes.
 */
final class CommonsEdxl {

	static final String EDXL = "urn:oasis:names:tc:emergency:EDXL:DE:1.0";

	static final String COMMONS = "http://xml.publiccommons.ne.jp/xml/edxl/";

	static final String REPORT = "http://xml.publiccommons.ne.jp/pcxml1/3";

	static final String ELEMENT_BASIS = "http://xml.publiccommons.ne.jp/pcxml1/elementBasis3/";

	static final String INFORMATION_BASIS = "http://xml.publiccommons.ne.jp/pcxml1/informationBasis3/";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private CommonsEdxl() {
	}

	/** The stable id of a notice's document across its versions. */
	static String documentId(NotifierProperties.Cap cap, long noticeId) {
		return cap.organizationCode() + "-tsutawaru-" + noticeId;
	}

	static String write(PublishedNotice version, NotifierProperties.Cap cap, String page) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			new Writer(xml, version, cap, page).envelope();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the commons EDXL document", ex);
		}
		return out.toString();
	}

	private static final class Writer {

		private final XMLStreamWriter xml;

		private final PublishedNotice version;

		private final NoticeDraft content;

		private final NotifierProperties.Cap cap;

		private final String page;

		private final String documentId;

		private final String distributionId;

		Writer(XMLStreamWriter xml, PublishedNotice version, NotifierProperties.Cap cap, String page) {
			this.xml = xml;
			this.version = version;
			this.content = version.content();
			this.cap = cap;
			this.page = page;
			this.documentId = documentId(cap, version.noticeId());
			this.distributionId = documentId + "-" + version.revision();
		}

		void envelope() throws XMLStreamException {
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("edxlde", "EDXLDistribution", EDXL);
			xml.writeNamespace("edxlde", EDXL);
			xml.writeNamespace("commons", COMMONS);
			xml.writeNamespace("pcx_eb", ELEMENT_BASIS);
			xml.writeNamespace("pcx_ib", INFORMATION_BASIS);
			distribution();
			xml.writeStartElement("commons", "targetArea", COMMONS);
			areas();
			xml.writeEndElement();
			xml.writeStartElement("commons", "contentObject", COMMONS);
			text(EDXL, "contentDescription", version.headline(null));
			xml.writeStartElement("edxlde", "xmlContent", EDXL);
			xml.writeStartElement("edxlde", "embeddedXMLContent", EDXL);
			report();
			xml.writeEndElement();
			xml.writeEndElement();
			text(COMMONS, "publishingOfficeName", cap.senderName());
			text(COMMONS, "publishingOfficeID", cap.organizationCode());
			revisions();
			text(COMMONS, "category", content.kind().lalertCategory());
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
		}

		private void distribution() throws XMLStreamException {
			text(EDXL, "distributionID", distributionId);
			text(EDXL, "senderID", cap.sender());
			text(EDXL, "dateTimeSent", CapTime.format(version.publishedAt()));
			text(EDXL, "distributionStatus", status());
			text(EDXL, "distributionType", type());
			text(EDXL, "combinedConfidentiality", "UNCLASSIFIED AND NOT SENSITIVE");
		}

		private void report() throws XMLStreamException {
			xml.writeStartElement("Report");
			xml.writeDefaultNamespace(REPORT);
			xml.writeStartElement("Control");
			xml.writeStartElement("Title");
			xml.writeCharacters(content.kind().lalertCategory());
			xml.writeEndElement();
			text(EDXL, "distributionStatus", status());
			xml.writeStartElement("EditorialOffice");
			office();
			xml.writeEndElement();
			xml.writeStartElement("PublishingOffice");
			office();
			xml.writeEndElement();
			if (version.reason() != null) {
				// 取消の理由: the errata of a cancellation.
				xml.writeStartElement("Errata");
				text(ELEMENT_BASIS, "Description", version.reason());
				text(ELEMENT_BASIS, "Datetime", CapTime.format(version.publishedAt()));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			head();
			CommonsBody.write(xml, version, cap.senderName(), page);
			xml.writeEndElement();
		}

		private void office() throws XMLStreamException {
			text(ELEMENT_BASIS, "OrganizationCode", cap.organizationCode());
			text(ELEMENT_BASIS, "OfficeName", cap.senderName());
			text(ELEMENT_BASIS, "OrganizationName", cap.senderName());
		}

		private void head() throws XMLStreamException {
			xml.writeStartElement("pcx_ib", "Head", INFORMATION_BASIS);
			text(INFORMATION_BASIS, "Title", version.headline(null));
			text(INFORMATION_BASIS, "CreateDateTime", CapTime.format(version.publishedAt()));
			text(INFORMATION_BASIS, "FirstCreateDateTime", CapTime.format(first()));
			text(INFORMATION_BASIS, "ReportDateTime", CapTime.format(version.publishedAt()));
			text(INFORMATION_BASIS, "TargetDateTime", CapTime.format(version.publishedAt()));
			if (content.expiresAt() != null) {
				text(INFORMATION_BASIS, "ValidDateTime", CapTime.format(content.expiresAt()));
			}
			text(EDXL, "distributionID", distributionId);
			text(EDXL, "distributionType", type());
			revisions();
			xml.writeStartElement("pcx_ib", "Headline", INFORMATION_BASIS);
			text(INFORMATION_BASIS, "Text", version.headline(null));
			xml.writeStartElement("pcx_ib", "Areas", INFORMATION_BASIS);
			xml.writeStartElement("pcx_ib", "Area", INFORMATION_BASIS);
			areas();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		}

		private void revisions() throws XMLStreamException {
			text(COMMONS, "documentRevision", String.valueOf(version.revision()));
			if (version.revision() > 1) {
				text(COMMONS, "previousDocumentRevision", String.valueOf(version.revision() - 1));
			}
			text(COMMONS, "documentID", documentId);
		}

		/** Names and JIS X 0402 codes; the city itself when the notice names no area. */
		private void areas() throws XMLStreamException {
			text(COMMONS, "areaName",
					content.areaNames().isEmpty() ? cap.senderName() : String.join("、", content.areaNames()));
			for (String code : content.areaCodes().isEmpty() ? java.util.List.of(cap.organizationCode())
					: content.areaCodes()) {
				text(COMMONS, "jisX0402", code);
			}
		}

		private Instant first() {
			return version.firstPublishedAt() == null ? version.publishedAt() : version.firstPublishedAt();
		}

		private String status() {
			return switch (content.status()) {
				case ACTUAL -> "Actual";
				case EXERCISE -> "Exercise";
				case TEST -> "Test";
			};
		}

		private String type() {
			return switch (version.type()) {
				case ALERT -> "Report";
				case UPDATE -> "Update";
				case CANCEL -> "Cancel";
			};
		}

		/**
		 * Text is made fit for XML here, whatever was stored: L-Alert refuses a document
		 * it cannot read.
		 */
		private void text(String namespace, String name, String value) throws XMLStreamException {
			xml.writeStartElement(namespace, name);
			xml.writeCharacters(DocumentText.fit(value));
			xml.writeEndElement();
		}

	}

}
