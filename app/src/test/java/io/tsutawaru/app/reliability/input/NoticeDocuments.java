package io.tsutawaru.app.reliability.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.app.sandbox.gateway.GatewayLog;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every document the service produced for a notice, as the outside world receives it: the
 * CAP document and the two Atom feeds over HTTP, the website page, the L-Alert EDXL
 * document and the radio's announcement as the sandbox gateways received them, and the
 * mail in the embedded mailbox. XML is read with the JDK's parser (Xerces), which refuses
 * a document that is not well-formed.
 */
final class NoticeDocuments {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final GatewayLog gateways;

	private final EmbeddedMailbox mailbox;

	NoticeDocuments(int port, GatewayLog gateways, EmbeddedMailbox mailbox) {
		this.base = "http://127.0.0.1:" + port;
		this.gateways = gateways;
		this.mailbox = mailbox;
	}

	String get(String path) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new AssertionError(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new AssertionError(path + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** The L-Alert document of a notice's first version, once the gateway has it. */
	Optional<String> lAlert(long noticeId) {
		return gateways.of("lalert")
			.stream()
			.map(GatewayLog.Received::body)
			.filter(body -> body.contains("-tsutawaru-" + noticeId + "-1</edxlde:distributionID>"))
			.findFirst();
	}

	/** The radio's announcement of a notice's first version, once the gateway has it. */
	Optional<String> radio(long noticeId) {
		return gateways.of("radio")
			.stream()
			.map(GatewayLog.Received::body)
			.filter(body -> body.contains("\"id\":\"" + noticeId + "-1\""))
			.findFirst();
	}

	/** The mail of a notice to one address, once the mailbox has it. */
	Optional<EmbeddedMailbox.MailboxMessage> mail(long noticeId, String address) {
		return mailbox.newest(10_000)
			.stream()
			// Quoted-printable mails come back with CRLF line ends, base64 ones as they
			// were written.
			.filter(mail -> mail.to().equals(address)
					&& mail.text().replace("\r\n", "\n").contains("/notices/" + noticeId + "\n"))
			.findFirst();
	}

	/**
	 * Parses XML, failing with the parser's words and the document when it is not
	 * well-formed.
	 */
	static Xml parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return new Xml(
					factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed: " + ex.getMessage(), ex);
		}
	}

	/** A parsed document, read by element name whatever the namespace. */
	record Xml(Document document) {

		List<String> all(String localName) {
			NodeList nodes = document.getElementsByTagNameNS("*", localName);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				texts.add(nodes.item(i).getTextContent());
			}
			return texts;
		}

	}

}
