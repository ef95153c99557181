package io.tsutawaru.app.jma;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * JMA's eqvol PULL feed played by WireMock on loopback: telegrams are published as
 * entries (newest first, dated now), each linking to its telegram on the same server, as
 * JMA's feed does.
 */
public final class JmaFeedStandIn implements AutoCloseable {

	public static final String FEED = "/developer/xml/feed/eqvol.xml";

	private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<String> entries = new ArrayList<>();

	public JmaFeedStandIn() {
		server.start();
		publishFeed();
	}

	public String feedUrl() {
		return server.baseUrl() + FEED;
	}

	public WireMockServer server() {
		return server;
	}

	/** Publishes a telegram as a new entry; returns the entry's id (urn:uuid:…). */
	public synchronized String publish(String title, byte[] telegram) {
		String id = UUID.randomUUID().toString();
		String path = "/developer/xml/data/" + id + ".xml";
		server.stubFor(get(urlEqualTo(path))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml").withBody(telegram)));
		entries.addFirst("<entry><title>" + title + "</title><id>urn:uuid:" + id + "</id><updated>" + Instant.now()
				+ "</updated><author><name>気象庁</name></author><link href=\"" + server.baseUrl() + path
				+ "\" type=\"application/xml\"/></entry>");
		publishFeed();
		return "urn:uuid:" + id;
	}

	private void publishFeed() {
		server.stubFor(get(urlEqualTo(FEED)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/atom+xml")
			.withBody(
					"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">"
							+ "<title>JMAXML publishing feed</title><updated>" + Instant.now() + "</updated>"
							+ "<id>urn:uuid:be4342e2-ff73-363c-a3ed-66e05e977224</id>" + String.join("", entries)
							+ "</feed>")));
	}

	/**
	 * A telegram of app's test resources ({@code resources/jma}, README there: 出典：気象庁).
	 */
	public static byte[] telegram(String name) {
		try (InputStream in = JmaFeedStandIn.class.getClassLoader().getResourceAsStream("jma/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		server.stop();
	}

}
