package io.tsutawaru.jma.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller against JMA's feeds played by WireMock: conditional GETs, each telegram
 * fetched and acted on once, and feeds that are down, slow or garbage recorded without
 * stopping anything.
 */
@SpringBootTest(classes = FeedTestApplication.class,
		properties = { "tsutawaru.jma.poll-interval=PT1H", "tsutawaru.jma.timeout=PT2S",
				"tsutawaru.jma.max-feed-size=64KB", "tsutawaru.jma.fetch-attempts=3" })
@ContextConfiguration(initializers = FeedDatabase.class)
class FeedPollerTests {

	static final WireMockServer jma = started();

	static final String LAST_MODIFIED = "Tue, 08 Mar 2016 04:34:18 GMT";

	@DynamicPropertySource
	static void feeds(DynamicPropertyRegistry registry) {
		registry.add("tsutawaru.jma.feeds[0]", () -> jma.baseUrl() + "/developer/xml/feed/eqvol.xml");
		registry.add("tsutawaru.jma.feeds[1]", () -> jma.baseUrl() + "/developer/xml/feed/extra.xml");
	}

	@Autowired
	FeedPoller poller;

	@Autowired
	FeedTestApplication.RecordingHandler handler;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void freshFeeds() {
		jma.resetAll();
		handler.received.clear();
		for (String table : new String[] { "jma_telegrams", "jma_feed_entries", "jma_feeds" }) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jma.stubFor(get(urlEqualTo("/developer/xml/feed/extra.xml")).willReturn(aResponse().withStatus(304)));
	}

	@AfterAll
	static void stop() {
		jma.stop();
	}

	@Test
	void aNewEntrysTelegramIsFetchedOnceAndTheFeedIsAskedAgainWithIfModifiedSince() {
		jma.stubFor(get(urlEqualTo("/developer/xml/feed/eqvol.xml")).withHeader("If-Modified-Since", absent())
			.willReturn(aResponse().withStatus(200)
				.withHeader("Last-Modified", LAST_MODIFIED)
				.withBody(Feeds.sample("earthquake-sample-1.xml", jma.baseUrl(), Instant.now()))));
		jma.stubFor(
				get(urlEqualTo("/developer/xml/feed/eqvol.xml")).withHeader("If-Modified-Since", equalTo(LAST_MODIFIED))
					.willReturn(aResponse().withStatus(304)));
		String telegram = "/data/9b43a982-fecf-3866-95e7-c375226a7c87.xml";
		byte[] xml = Feeds.resource("feed/9b43a982-fecf-3866-95e7-c375226a7c87.xml");
		jma.stubFor(get(urlEqualTo(telegram)).willReturn(aResponse().withStatus(200).withBody(xml)));

		poller.poll();
		poller.poll();
		poller.poll();

		jma.verify(1, getRequestedFor(urlEqualTo("/developer/xml/feed/eqvol.xml")).withoutHeader("If-Modified-Since"));
		jma.verify(2, getRequestedFor(urlEqualTo("/developer/xml/feed/eqvol.xml")).withHeader("If-Modified-Since",
				equalTo(LAST_MODIFIED)));
		jma.verify(1, getRequestedFor(urlEqualTo(telegram)));
		assertThat(handler.keys()).containsExactly("urn:uuid:9b43a982-fecf-3866-95e7-c375226a7c87");
		assertThat(handler.received.getFirst().xml()).isEqualTo(xml);
		assertThat(jdbc.sql("SELECT action, notice_id, info_kind FROM jma_telegrams").query().singleRow())
			.containsEntry("action", "sent")
			.containsEntry("notice_id", 1L)
			.containsEntry("info_kind", "震度速報");
	}

	@Test
	void theSameTelegramUnderTwoEntriesOrInTwoFeedsIsActedOnOnce() {
		Instant now = Instant.now();
		String link = jma.baseUrl() + "/data/same.xml";
		Feeds.Entry first = new Feeds.Entry("urn:uuid:" + UUID.randomUUID(), "震度速報", link, now);
		Feeds.Entry again = new Feeds.Entry("urn:uuid:" + UUID.randomUUID(), "震度速報", link, now);
		jma.stubFor(get(urlEqualTo("/developer/xml/feed/eqvol.xml"))
			.willReturn(aResponse().withStatus(200).withBody(Feeds.feed(first, again))));
		jma.stubFor(get(urlEqualTo("/developer/xml/feed/extra.xml"))
			.willReturn(aResponse().withStatus(200).withBody(Feeds.feed(first))));
		jma.stubFor(get(urlEqualTo("/data/same.xml")).willReturn(
				aResponse().withStatus(200).withBody(Feeds.resource("feed/9b43a982-fecf-3866-95e7-c375226a7c87.xml"))));

		poller.poll();
		poller.poll();

		assertThat(handler.received).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM jma_telegrams").query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM jma_feed_entries WHERE done").query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void entriesOlderThanTheMaximumAgeAreRememberedButNotActedOn() {
		jma.stubFor(get(urlEqualTo("/developer/xml/feed/eqvol.xml")).willReturn(aResponse().withStatus(200)
			.withBody(
					Feeds.sample("earthquake-sample-1.xml", jma.baseUrl(), Instant.now().minus(Duration.ofHours(2))))));

		poller.poll();

		jma.verify(0, getRequestedFor(urlEqualTo("/data/9b43a982-fecf-3866-95e7-c375226a7c87.xml")));
		assertThat(handler.received).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM jma_feed_entries WHERE done").query(Integer.class).single()).isOne();
	}

	@Test
	void feedsThatAreDownSlowOrGarbageAreRecordedAndTheOtherFeedIsStillRead() {
		Map<String, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder> bad = Map.of("answered 503",
				aResponse().withStatus(503), "too slow",
				aResponse().withStatus(200).withFixedDelay(6_000).withBody(Feeds.feed()), "not an Atom feed",
				aResponse().withStatus(200).withBody("<html><body>メンテナンス中</body></html>"), "not well-formed XML",
				aResponse().withStatus(200).withBody("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"),
				"larger than", aResponse().withStatus(200).withBody("<feed>" + "x".repeat(100_000) + "</feed>"),
				"unreachable",
				aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER));
		bad.forEach((problem, answer) -> {
			jma.stubFor(get(urlEqualTo("/developer/xml/feed/eqvol.xml")).willReturn(answer));
			String id = UUID.randomUUID().toString();
			jma.stubFor(get(urlEqualTo("/data/" + id + ".xml"))
				.willReturn(aResponse().withStatus(200).withBody("<Report>" + id + "</Report>")));
			Feeds.Entry entry = new Feeds.Entry("urn:uuid:" + id, "気象警報・注意報", jma.baseUrl() + "/data/" + id + ".xml",
					Instant.now());
			jma.stubFor(get(urlEqualTo("/developer/xml/feed/extra.xml"))
				.willReturn(aResponse().withStatus(200).withBody(Feeds.feed(entry))));
			int before = handler.received.size();

			poller.poll();

			assertThat(
					jdbc.sql("SELECT problem FROM jma_feeds WHERE url LIKE '%eqvol.xml'").query(String.class).single())
				.as(problem)
				.startsWith(problem);
			assertThat(handler.received).as("the other feed's telegram, with " + problem).hasSize(before + 1);
		});
	}

	@Test
	void aTelegramThatCannotBeFetchedIsTriedOnEveryPollThenRecordedAsIgnored() {
		Feeds.Entry entry = new Feeds.Entry("urn:uuid:" + UUID.randomUUID(), "震度速報", jma.baseUrl() + "/data/gone.xml",
				Instant.now());
		jma.stubFor(get(urlEqualTo("/developer/xml/feed/eqvol.xml")).willReturn(
				aResponse().withStatus(200).withHeader("Last-Modified", LAST_MODIFIED).withBody(Feeds.feed(entry))));
		jma.stubFor(get(urlEqualTo("/data/gone.xml")).willReturn(aResponse().withStatus(500)));

		for (int poll = 0; poll < 5; poll++) {
			poller.poll();
		}

		jma.verify(3, getRequestedFor(urlEqualTo("/data/gone.xml")));
		assertThat(handler.received).isEmpty();
		assertThat(jdbc.sql("SELECT action, reason FROM jma_telegrams").query().singleRow())
			.containsEntry("action", "ignored")
			.containsEntry("reason", "not-received: answered 500 (3 attempts)");
	}

	@Test
	void anEntryLinkingToAnotherHostIsSkipped() {
		Feeds.Entry elsewhere = new Feeds.Entry("urn:uuid:" + UUID.randomUUID(), "震度速報",
				"http://169.254.169.254/latest/meta-data", Instant.now());
		jma.stubFor(get(urlEqualTo("/developer/xml/feed/eqvol.xml"))
			.willReturn(aResponse().withStatus(200).withBody(Feeds.feed(elsewhere))));

		poller.poll();

		assertThat(jdbc.sql("SELECT count(*) FROM jma_feed_entries").query(Integer.class).single()).isZero();
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		return server;
	}

}
