package io.tsutawaru.notifier.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.Xml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * L-Alert, the disaster radio, the CMS webhook and CAP, against WireMock standing in for
 * every gateway.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisasterChannelsTests extends LocalServers {

	static final StaffMember KIKI = new StaffMember("kiki", Set.of("EMERGENCY"));

	static final Set<Channel> DISASTER = Set.of(Channel.WEBSITE, Channel.CAP, Channel.LALERT, Channel.RADIO);

	@Autowired
	Notices notices;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void reset() {
		gateways.resetAll();
		for (String path : List.of("/lalert", "/radio", "/cms", "/hub")) {
			gateways.stubFor(
					post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{\"acknowledged\":true}")));
		}
	}

	@Test
	void postsCommonsEdxlRadioTextCmsWebhookAndHubPingForAnEmergency() throws Exception {
		NoticeView notice = notices.create(emergency(AlertStatus.ACTUAL), KIKI);
		awaitState(notice.id(), NoticeState.SENT);

		Xml lalert = Xml.parse(single("/lalert").getBodyAsString());
		assertThat(lalert.rootNamespace()).isEqualTo("urn:oasis:names:tc:emergency:EDXL:DE:1.0");
		assertThat(lalert.first("distributionStatus")).isEqualTo("Actual");
		assertThat(lalert.first("distributionType")).isEqualTo("Report");
		assertThat(lalert.first("documentID")).isEqualTo("232386-tsutawaru-" + notice.id());
		assertThat(lalert.first("documentRevision")).isEqualTo("1");
		assertThat(lalert.all("previousDocumentRevision")).isEmpty();
		assertThat(lalert.all("jisX0402")).contains("232386");
		assertThat(lalert.first("areaName")).isEqualTo("北部");
		assertThat(lalert.first("category")).isEqualTo("EvacuationOrder");
		assertThat(lalert.all("Title")).contains("EvacuationOrder");
		assertThat(lalert.first("Sort")).isEqualTo("避難指示");
		assertThat(lalert.first("IssueOrLift")).isEqualTo("発令");
		assertThat(lalert.first("ComplementaryInfo")).isEqualTo("北部地区に避難指示を発令しました。https://example.jp/hinan を確認してください。");
		// Each gateway gets the content type its channel names, as written (the client
		// must not rewrite it).
		assertThat(single("/lalert").getHeader("Content-Type")).isEqualTo("application/xml; charset=UTF-8");
		assertThat(single("/radio").getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
		assertThat(single("/cms").getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
		assertThat(single("/hub").getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");

		assertThat(single("/radio").getBodyAsString()).isEqualTo("{\"id\":\"" + notice.id()
				+ "-1\",\"status\":\"actual\","
				+ "\"msgType\":\"alert\",\"urgent\":true,\"text\":\"こちらは、長久手市です。避難指示。ほくぶ地区に避難指示を発令しました。 を確認してください。\"}");
		assertThat(single("/cms").getBodyAsString()).contains("\"noticeId\":" + notice.id(), "\"revision\":1",
				"\"msgType\":\"alert\"", "\"url\":\"http://localhost:8080/notices/" + notice.id() + "\"");
		assertThat(single("/hub").getBodyAsString())
			.isEqualTo("hub.mode=publish&hub.url=http%3A%2F%2Flocalhost%3A8080%2Fcap%2Ffeed.atom");
		assertThat(notices.find(notice.id()).channels())
			.containsEntry(Channel.LALERT, new NoticeView.ChannelProgress(1, 1, 0))
			.containsEntry(Channel.RADIO, new NoticeView.ChannelProgress(1, 1, 0));
	}

	@Test
	void capDocumentValidatesAgainstTheCapSchemaAndUpdatesReferenceEarlierVersions() throws Exception {
		NoticeView notice = notices.create(emergency(AlertStatus.ACTUAL), KIKI);
		awaitState(notice.id(), NoticeState.SENT);
		String first = cap("/cap/" + notice.id() + ".xml");
		Xml.validate(first, "/cap/cap-1.2.xsd");
		Xml alert = Xml.parse(first);
		assertThat(alert.rootNamespace()).isEqualTo("urn:oasis:names:tc:emergency:cap:1.2");
		assertThat(alert.first("identifier")).isEqualTo("tsutawaru-232386-" + notice.id() + "-1");
		assertThat(alert.first("msgType")).isEqualTo("Alert");
		assertThat(alert.first("status")).isEqualTo("Actual");
		assertThat(alert.all("language")).containsExactly("ja-JP", "en-US");
		assertThat(alert.all("headline")).containsExactly("避難指示", "Evacuation order");
		assertThat(alert.first("severity")).isEqualTo("Severe");
		assertThat(alert.first("urgency")).isEqualTo("Immediate");
		assertThat(alert.first("value")).isEqualTo("232386");
		assertThat(alert.all("areaDesc")).as("each language names the area in it")
			.containsExactly("北部", "North district");
		assertThat(alert.first("sent")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");

		notices.update(notice.id(), new NoticeDraft("避難指示（対象拡大）", "北部と中央に避難指示。", null, null, null, null, null, null,
				null, null, null, null, null, false), KIKI);
		awaitState(notice.id(), NoticeState.SENT);
		notices.cancel(notice.id(), "解除", KIKI);
		await().until(() -> gateways.findAll(postRequestedFor(urlEqualTo("/lalert"))).size() == 3);

		String update = cap("/cap/" + notice.id() + "/2.xml");
		String cancel = cap("/cap/" + notice.id() + ".xml");
		Xml.validate(update, "/cap/cap-1.2.xsd");
		Xml.validate(cancel, "/cap/cap-1.2.xsd");
		assertThat(Xml.parse(update).first("msgType")).isEqualTo("Update");
		assertThat(Xml.parse(update).first("references"))
			.isEqualTo("notices@city.example.jp,tsutawaru-232386-" + notice.id() + "-1," + alert.first("sent"));
		assertThat(Xml.parse(cancel).first("msgType")).isEqualTo("Cancel");
		assertThat(Xml.parse(cancel).first("references").split(" ")).hasSize(2);
		assertThat(cap("/cap/" + notice.id() + "/1.xml")).isEqualTo(first);

		List<LoggedRequest> lalert = gateways.findAll(postRequestedFor(urlEqualTo("/lalert")));
		assertThat(lalert.stream().map(r -> Xml.parse(r.getBodyAsString()).first("distributionType")))
			.containsExactly("Report", "Update", "Cancel");
		assertThat(Xml.parse(lalert.get(2).getBodyAsString()).first("previousDocumentRevision")).isEqualTo("2");
		assertThat(lalert.stream().map(r -> Xml.parse(r.getBodyAsString()).first("documentID")).distinct()).hasSize(1);
		assertThat(gateways.findAll(postRequestedFor(urlEqualTo("/radio"))).get(2).getBodyAsString())
			.contains("ほくぶの避難指示", "を取り消します。", "理由：解除")
			.doesNotContain("確認してください");

		String feed = mvc.perform(get("/cap/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).contains("/cap/" + notice.id() + "/1.xml", "/cap/" + notice.id() + "/2.xml",
				"/cap/" + notice.id() + "/3.xml");
	}

	@Test
	void capAndLAlertCategoriesAndEventsComeFromTheKind() throws Exception {
		record Expected(NoticeKind kind, String topic, String category, String eventJa, String eventEn, String lalert) {
		}
		List<Expected> kinds = List.of(
				new Expected(NoticeKind.EVACUATION_ORDER, null, "Safety", "避難指示", "Evacuation order",
						"EvacuationOrder"),
				new Expected(NoticeKind.ELDERLY_EVACUATION, "防災", "Safety", "高齢者等避難", "Evacuation of older people",
						"EvacuationOrder"),
				new Expected(NoticeKind.SHELTER_OPEN, null, "Safety", "避難所開設", "Shelter opened", "Shelter"),
				new Expected(NoticeKind.WEATHER_WARNING, "防災", "Met", "気象警報", "Weather warning", "GeneralInformation"),
				new Expected(NoticeKind.WATER_OUTAGE, null, "Infra", "断水", "Water outage", "GeneralInformation"),
				new Expected(NoticeKind.EARTHQUAKE, "防災", "Geo", "地震", "Earthquake", "GeneralInformation"),
				new Expected(NoticeKind.FLOOD, "防災", "Met", "洪水", "River flood", "GeneralInformation"),
				new Expected(NoticeKind.GENERAL, "ごみ", "Env", "ごみ", "ごみ", "GeneralInformation"));
		for (Expected expected : kinds) {
			gateways.resetRequests();
			NoticeDraft draft = emergency(AlertStatus.ACTUAL);
			NoticeView notice = notices.create(new NoticeDraft(draft.title(), draft.body(), null, draft.severity(),
					draft.status(), expected.topic(), draft.channels(), "all", draft.translations(), draft.areaNames(),
					draft.areaCodes(), null, draft.expiresAt(), false, expected.kind()), KIKI);
			awaitState(notice.id(), NoticeState.SENT);

			String document = cap("/cap/" + notice.id() + ".xml");
			Xml.validate(document, "/cap/cap-1.2.xsd");
			Xml alert = Xml.parse(document);
			assertThat(alert.all("category")).as(expected.kind().id()).containsOnly(expected.category());
			assertThat(alert.all("event")).as(expected.kind().id())
				.containsExactly(expected.eventJa(), expected.eventEn());
			Xml lalert = Xml.parse(single("/lalert").getBodyAsString());
			assertThat(lalert.first("category")).as(expected.kind().id()).isEqualTo(expected.lalert());
			assertThat(lalert.all("Title")).as(expected.kind().id()).contains(expected.lalert());
		}
	}

	@Test
	void marksAnExerciseOnEveryDisasterChannel() throws Exception {
		NoticeView notice = notices.create(emergency(AlertStatus.EXERCISE), KIKI);
		awaitState(notice.id(), NoticeState.SENT);

		assertThat(Xml.parse(single("/lalert").getBodyAsString()).first("distributionStatus")).isEqualTo("Exercise");
		assertThat(Xml.parse(single("/lalert").getBodyAsString()).all("Title"))
			.allMatch(t -> t.equals("EvacuationOrder") || t.startsWith("【訓練】"));
		assertThat(single("/radio").getBodyAsString()).contains("\"status\":\"exercise\"", "こちらは、長久手市です。これは訓練です。避難指示。",
				"を確認してください。これは訓練です。");
		Xml alert = Xml.parse(cap("/cap/" + notice.id() + ".xml"));
		assertThat(alert.first("status")).isEqualTo("Exercise");
		assertThat(alert.first("headline")).isEqualTo("【訓練】避難指示");
	}

	@Test
	void retriesLAlertUntilTheGatewayAcknowledges() {
		gateways.stubFor(post(urlEqualTo("/lalert")).inScenario("down")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("still down"));
		gateways.stubFor(post(urlEqualTo("/lalert")).inScenario("down")
			.whenScenarioStateIs("still down")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		gateways.stubFor(post(urlEqualTo("/lalert")).inScenario("down")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(200)));

		NoticeView notice = notices.create(emergency(AlertStatus.ACTUAL), KIKI);

		awaitState(notice.id(), NoticeState.SENT);
		List<LoggedRequest> attempts = gateways.findAll(postRequestedFor(urlEqualTo("/lalert")));
		assertThat(attempts).hasSize(3);
		assertThat(attempts.stream().map(LoggedRequest::getBodyAsString).distinct()).hasSize(1);
	}

	@Test
	void recordsARefusedDocumentAsFailedWithoutRetrying() {
		gateways.stubFor(post(urlEqualTo("/radio")).willReturn(aResponse().withStatus(400)));

		NoticeView notice = notices.create(emergency(AlertStatus.ACTUAL), KIKI);

		NoticeView done = awaitState(notice.id(), NoticeState.PARTLY_FAILED);
		assertThat(done.channels()).containsEntry(Channel.RADIO, new NoticeView.ChannelProgress(1, 0, 1));
		gateways.verify(1, postRequestedFor(urlEqualTo("/radio")));
	}

	private String cap(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private LoggedRequest single(String path) {
		List<LoggedRequest> requests = gateways.findAll(postRequestedFor(urlEqualTo(path)));
		assertThat(requests).as(path).hasSize(1);
		return requests.get(0);
	}

	private static NoticeDraft emergency(AlertStatus status) {
		return new NoticeDraft("避難指示", "北部地区に避難指示を発令しました。https://example.jp/hinan を確認してください。", null, Severity.EMERGENCY,
				status, "防災", DISASTER, "all",
				Map.of("en", new NoticeDraft.Translation("Evacuation order", "Evacuate the northern district.")),
				List.of("北部"), List.of("232386"), null, Instant.now().plus(Duration.ofHours(6)), false,
				NoticeKind.EVACUATION_ORDER);
	}

	private NoticeView awaitState(long id, NoticeState state) {
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id).state() == state);
		return notices.find(id);
	}

}
