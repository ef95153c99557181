package io.tsutawaru.jma.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The running poller (its own scheduler, every 50 ms) fed garbage: the real sample feed
 * and telegram mutated (bytes flipped, cut, repeated, junk inserted), XML bombs, deep
 * nesting, wrong statuses and broken connections, each served until the poller has read
 * it. Afterwards a good feed's telegram must still be acted on: nothing a feed sends
 * stops the poller.
 */
@SpringBootTest(classes = FeedTestApplication.class,
		properties = { "tsutawaru.jma.poll-interval=PT0.05S", "tsutawaru.jma.timeout=PT2S",
				"tsutawaru.jma.max-feed-size=256KB", "tsutawaru.jma.max-telegram-size=256KB",
				"tsutawaru.jma.fetch-attempts=2" })
@ContextConfiguration(initializers = FeedDatabase.class)
class FeedFuzzTests {

	static final WireMockServer jma = started();

	static final String FEED = "/developer/xml/feed/eqvol.xml";

	@DynamicPropertySource
	static void feeds(DynamicPropertyRegistry registry) {
		registry.add("tsutawaru.jma.feeds[0]", () -> jma.baseUrl() + FEED);
	}

	@Autowired
	FeedTestApplication.RecordingHandler handler;

	@AfterAll
	static void stop() {
		jma.stop();
	}

	@Test
	void noFeedOrTelegramStopsThePoller() {
		Random random = new Random(17);
		byte[] feed = Feeds.sample("earthquake-sample-1.xml", jma.baseUrl(), Instant.now())
			.getBytes(StandardCharsets.UTF_8);
		byte[] telegram = Feeds.resource("feed/9b43a982-fecf-3866-95e7-c375226a7c87.xml");
		for (int round = 0; round < 150; round++) {
			// Each round's feed lists a telegram of its own, so every round fetches a
			// (garbage) telegram too.
			byte[] roundFeed = new String(feed, StandardCharsets.UTF_8)
				.replace("9b43a982-fecf-3866-95e7-c375226a7c87", UUID.randomUUID().toString())
				.getBytes(StandardCharsets.UTF_8);
			jma.resetAll();
			jma.stubFor(get(urlEqualTo(FEED)).willReturn(garbage(random, roundFeed)));
			jma.stubFor(get(urlPathMatching("/data/.*")).willReturn(garbage(random, telegram)));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jma.countRequestsMatching(getRequestedFor(urlEqualTo(FEED)).build()).getCount() >= 2);
		}

		jma.resetAll();
		String key = UUID.randomUUID().toString();
		// Bytes of their own: a round may have served the real telegram unchanged, and
		// the same bytes are (rightly)
		// acted on once only, whatever entry lists them.
		byte[] lastTelegram = (new String(telegram, StandardCharsets.UTF_8) + "\n<!-- " + key + " -->\n")
			.getBytes(StandardCharsets.UTF_8);
		jma.stubFor(get(urlEqualTo(FEED)).willReturn(aResponse().withStatus(200)
			.withBody(Feeds.feed(new Feeds.Entry("urn:uuid:" + key, "震度速報", jma.baseUrl() + "/data/" + key + ".xml",
					Instant.now())))));
		jma.stubFor(get(urlEqualTo("/data/" + key + ".xml"))
			.willReturn(aResponse().withStatus(200).withBody(lastTelegram)));
		await().atMost(Duration.ofSeconds(30)).until(() -> handler.keys().contains("urn:uuid:" + key));
		assertThat(handler.received.getLast().xml()).isEqualTo(lastTelegram);
	}

	/** One bad answer, built from a real document. */
	private static ResponseDefinitionBuilder garbage(Random random, byte[] real) {
		return switch (random.nextInt(12)) {
			case 0 -> aResponse().withStatus(200).withBody(flip(random, real));
			case 1 -> aResponse().withStatus(200).withBody(Arrays.copyOf(real, random.nextInt(real.length)));
			case 2 -> aResponse().withStatus(200).withBody(insert(random, real));
			case 3 -> aResponse().withStatus(200).withBody(repeat(real, 1 + random.nextInt(300)));
			case 4 -> aResponse().withStatus(200).withBody(bomb());
			case 5 -> aResponse().withStatus(200).withBody("<a>".repeat(50_000));
			case 6 -> aResponse().withStatus(new int[] { 301, 304, 404, 429, 500, 502, 503 }[random.nextInt(7)])
				.withBody(real);
			case 7 -> aResponse().withFault(Fault.values()[random.nextInt(Fault.values().length)]);
			case 8 -> aResponse().withStatus(200).withBody(randomBytes(random, random.nextInt(4_000)));
			case 9 -> aResponse().withStatus(200)
				.withHeader("Content-Type", "application/xml; charset=Shift_JIS")
				.withBody(new String(real, StandardCharsets.UTF_8).replace("utf-8", "Shift_JIS")
					.getBytes(StandardCharsets.UTF_8));
			case 10 -> aResponse().withStatus(200).withBody("");
			default -> aResponse().withStatus(200).withBody(real);
		};
	}

	private static byte[] flip(Random random, byte[] real) {
		byte[] copy = real.clone();
		for (int i = 0; i < 1 + random.nextInt(20); i++) {
			copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
		}
		return copy;
	}

	private static byte[] insert(Random random, byte[] real) {
		int at = random.nextInt(real.length);
		byte[] junk = new String[] { "<", "&", "]]>", "<!--", "\u0000", "<entry>", "</feed>", "&#xFFFF;",
				"<?xml ?>" }[random.nextInt(9)]
			.getBytes(StandardCharsets.UTF_8);
		byte[] copy = new byte[real.length + junk.length];
		System.arraycopy(real, 0, copy, 0, at);
		System.arraycopy(junk, 0, copy, at, junk.length);
		System.arraycopy(real, at, copy, at + junk.length, real.length - at);
		return copy;
	}

	private static byte[] repeat(byte[] real, int times) {
		byte[] copy = new byte[real.length * times];
		for (int i = 0; i < times; i++) {
			System.arraycopy(real, 0, copy, i * real.length, real.length);
		}
		return copy;
	}

	private static String bomb() {
		return "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
				+ "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>&d;&x;</id></entry></feed>";
	}

	private static byte[] randomBytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		return server;
	}

}
