package io.tsutawaru.app.jma;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

import io.tsutawaru.app.sandbox.gateway.GatewayLog;
import io.tsutawaru.app.sandbox.line.LineCallLog;
import io.tsutawaru.notifier.AuditEntry;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17 end to end, on the whole service (embedded defaults, the sandbox's example
 * rules for its city): JMA's feed (WireMock) lists a real telegram, the poller fetches
 * it, the rules fire, and the emergency notice reaches every channel; the same telegram
 * again does nothing; the event's 取消 cancels its notice. Not a ServiceTest: its feeds
 * differ, so it has a context and a data folder of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "DEMO_EMERGENCY_PASSWORD=emergency-password", "tsutawaru.jma.poll-interval=PT0.2S",
				"TSUTAWARU_KB_LOAD_SAMPLE=false" })
@AutoConfigureTestRestTemplate
class JmaTelegramsEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final JmaFeedStandIn jma = new JmaFeedStandIn();

	static {
		Awaitility.setDefaultTimeout(Duration.ofMinutes(1));
	}

	@DynamicPropertySource
	static void feedsAndData(DynamicPropertyRegistry registry) throws IOException {
		Files.createDirectories(Path.of("target"));
		Path data = Files.createTempDirectory(Path.of("target"), "jma-end-to-end-data-").toAbsolutePath();
		registry.add("tsutawaru.data-dir", data::toString);
		registry.add("tsutawaru.jma.feeds", jma::feedUrl);
	}

	@AfterAll
	static void stop() {
		jma.close();
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	Notices notices;

	@Autowired
	LineCallLog line;

	@Autowired
	GatewayLog gateways;

	@Test
	void aRealEarthquakeTelegramOnTheFeedIsSentOnEveryChannelOnceAndItsCancellationCancelsIt() {
		assertThat(
				http.postForEntity("/sandbox/subscribers?count=40&seed=17", null, String.class).getStatusCode().value())
			.isEqualTo(201);
		byte[] flash = JmaFeedStandIn.telegram("70_32-39_11_120615_01shindosokuhou3.xml");
		String entry = jma.publish("震度速報", flash);

		JsonNode sent = await().until(() -> row(entry),
				row -> row != null && !"ignored".equals(row.path("action").asString())
						|| row != null && row.path("reason").asString().startsWith("not-received"));
		assertThat(sent.path("action").asString()).as(sent.toString()).isEqualTo("sent");
		assertThat(sent.path("infoKind").asString()).isEqualTo("震度速報");
		assertThat(sent.path("status").asString()).isEqualTo("通常");
		assertThat(sent.path("eventId").asString()).isEqualTo("20110311144640");
		long noticeId = sent.path("noticeId").asLong();
		NoticeView notice = await().until(() -> notices.find(noticeId), NoticeView::delivered);
		for (Channel channel : EnumSet.allOf(Channel.class)) {
			assertThat(notice.channels().get(channel).sent()).as(channel.id()).isPositive();
		}
		assertThat(line.all()).isNotEmpty();
		assertThat(gateways.of("lalert")).isNotEmpty();
		assertThat(gateways.of("radio")).isNotEmpty();
		assertThat(notices.history(noticeId)).extracting(AuditEntry::actor)
			.contains("system:jma-telegram:" + sent.path("id").asLong());

		// The same telegram again, as a new entry of the feed: fetched, and acted on no
		// more.
		String again = jma.publish("震度速報", flash);
		await()
			.untilAsserted(() -> jma.server().verify(getRequestedFor(urlMatching(".*" + again.substring(9) + ".xml"))));
		int notices = this.notices.recent(200).size();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(row(again)).isNull());
		assertThat(this.notices.recent(200)).hasSize(notices);
		assertThat(telegramsWithEvent("20110311144640")).isEqualTo(1);
	}

	@Test
	void aCancellationOfTheEventCancelsTheNoticeItProduced() {
		String report = jma.publish("震源・震度に関する情報", JmaFeedStandIn.telegram("70_32-35_06_100915_03zenkokusaisumo1.xml"));
		JsonNode sent = await().until(() -> row(report), row -> row != null);
		assertThat(sent.path("action").asString()).as(sent.toString()).isEqualTo("sent");
		long noticeId = sent.path("noticeId").asLong();
		await().until(() -> notices.find(noticeId).delivered());

		String cancellation = jma.publish("震源・震度に関する情報",
				JmaFeedStandIn.telegram("70_32-35_06_100915_06zenkokusaisumo1.xml"));
		JsonNode cancelled = await().until(() -> row(cancellation), row -> row != null);
		assertThat(cancelled.path("action").asString()).as(cancelled.toString()).isEqualTo("cancelled");
		assertThat(cancelled.path("infoType").asString()).isEqualTo("取消");
		assertThat(cancelled.path("noticeId").asLong()).isEqualTo(noticeId);
		assertThat(notices.find(noticeId).state()).isEqualTo(NoticeState.CANCELLED);
	}

	@Test
	void aCancellationThatArrivesBeforeItsReportKeepsTheReportFromBeingSent() {
		// The real report and its real 取消, moved to an event of their own so this test's
		// telegrams are new ones.
		String event = "2008061408" + (1000 + (System.nanoTime() % 9000));
		String cancellation = jma.publish("震源・震度に関する情報",
				ofEvent(JmaFeedStandIn.telegram("70_32-35_06_100915_06zenkokusaisumo1.xml"), event));
		JsonNode first = await().until(() -> row(cancellation), row -> row != null);
		assertThat(first.path("action").asString()).as(first.toString()).isEqualTo("ignored");
		assertThat(first.path("reason").asString()).isEqualTo("no-notice-to-cancel");
		int before = notices.recent(500).size();

		byte[] withdrawn = ofEvent(JmaFeedStandIn.telegram("70_32-35_06_100915_03zenkokusaisumo1.xml"), event);
		String report = jma.publish("震源・震度に関する情報", withdrawn);
		JsonNode late = await().until(() -> row(report), row -> row != null);
		assertThat(late.path("action").asString()).as(late.toString()).isEqualTo("ignored");
		assertThat(late.path("reason").asString()).isEqualTo("withdrawn-before-arrival");
		assertThat(late.path("noticeId").isMissingNode() || late.path("noticeId").isNull()).isTrue();
		assertThat(notices.recent(500)).hasSize(before);

		// A report JMA issues after the cancellation is news again: it is sent.
		String reissued = jma.publish("震源・震度に関する情報",
				new String(withdrawn, StandardCharsets.UTF_8)
					.replace("<ReportDateTime>2008-06-14T08:47:00+09:00</ReportDateTime>",
							"<ReportDateTime>2008-06-14T09:30:00+09:00</ReportDateTime>")
					.getBytes(StandardCharsets.UTF_8));
		JsonNode sent = await().until(() -> row(reissued), row -> row != null);
		assertThat(sent.path("action").asString()).as(sent.toString()).isEqualTo("sent");
	}

	private static byte[] ofEvent(byte[] telegram, String event) {
		String xml = new String(telegram, StandardCharsets.UTF_8);
		assertThat(xml).contains("<EventID>20080614084350</EventID>");
		return xml.replace("<EventID>20080614084350</EventID>", "<EventID>" + event + "</EventID>")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The row of GET /api/jma/telegrams received under this feed entry, found by its id
	 * in the log, or null.
	 */
	private JsonNode row(String entry) {
		JsonNode rows = telegrams();
		Long id = entryTelegram(entry);
		for (JsonNode row : rows) {
			if (id != null && row.path("id").asLong() == id) {
				return row;
			}
		}
		return null;
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private Long entryTelegram(String entry) {
		return jdbc.sql("SELECT id FROM jma_telegrams WHERE entry_key = ?")
			.param(entry)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long telegramsWithEvent(String eventId) {
		int count = 0;
		for (JsonNode row : telegrams()) {
			count += eventId.equals(row.path("eventId").asString()) ? 1 : 0;
		}
		return count;
	}

	private JsonNode telegrams() {
		return JSON.readTree(new String(
				http.withBasicAuth("emergency", "emergency-password").getForObject("/api/jma/telegrams", byte[].class),
				StandardCharsets.UTF_8));
	}

}
