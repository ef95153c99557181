package io.tsutawaru.notifier.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
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
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.Subscribers;
import io.tsutawaru.notifier.TestSmtp;
import io.tsutawaru.notifier.Xml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A cancellation is a message of its own on every channel: what is cancelled (the kind,
 * the areas, when it was issued, in the city's time) and why, in the resident's language,
 * and never the cancelled instructions again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CancellationTests extends LocalServers {

	static final String MULTICAST = "/v2/bot/message/multicast";

	static final StaffMember KIKI = new StaffMember("kiki", Set.of("EMERGENCY"));

	static final String INSTRUCTIONS = "危険な場所から全員避難してください";

	static final String INSTRUCTIONS_EN = "Everyone must leave dangerous places now";

	static final String REASON = "誤って送信したため";

	static final GreenMail smtp = TestSmtp.server();

	@Autowired
	Notices notices;

	@Autowired
	Subscribers subscribers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	String area;

	@BeforeEach
	void reset() {
		gateways.resetAll();
		gateways.stubFor(post(urlEqualTo(MULTICAST)).willReturn(aResponse().withStatus(200).withBody("{}")));
		for (String path : List.of("/lalert", "/radio", "/cms", "/hub")) {
			gateways.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
		}
		area = freshArea();
	}

	@Test
	void aCancellationSaysWhatIsCancelledAndWhyOnEveryChannelAndNeverRepeatsTheInstructions() throws Exception {
		String japanese = resident("ja", "ja-" + UUID.randomUUID() + "@example.jp");
		String english = resident("en", "en-" + UUID.randomUUID() + "@example.jp");
		NoticeView notice = notices.create(evacuationOrder(), KIKI);
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(notice.id()).state() == NoticeState.SENT);
		String issued = DateTimeFormatter.ofPattern("M月d日 H時mm分")
			.format(notices.find(notice.id()).sentAt().atZone(ZoneId.of("Asia/Tokyo")));
		gateways.resetRequests();
		int mailsBefore = mailsTo(english).length;

		notices.cancel(notice.id(), REASON, KIKI);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))).hasSize(2);
			assertThat(gateways.findAll(postRequestedFor(urlEqualTo("/radio")))).hasSize(1);
			assertThat(gateways.findAll(postRequestedFor(urlEqualTo("/lalert")))).hasSize(1);
			assertThat(mailsTo(english)).hasSize(mailsBefore + 1);
			assertThat(mailsTo(japanese)).hasSize(mailsBefore + 1);
		});

		String lineJa = lineTo(japanese);
		assertThat(lineJa).contains("【取消】", area + "の避難指示", issued, "を取り消します", "理由：" + REASON)
			.doesNotContain(INSTRUCTIONS);
		assertThat(lineTo(english)).contains("[CANCELLED]", "Evacuation order", "Reason: " + REASON)
			.doesNotContain(INSTRUCTIONS_EN, INSTRUCTIONS);

		MimeMessage mailJa = last(mailsTo(japanese));
		assertThat(mailJa.getSubject()).startsWith("【取消】").contains("避難指示");
		assertThat((String) mailJa.getContent()).contains("を取り消します", issued, "理由：" + REASON)
			.doesNotContain(INSTRUCTIONS);
		MimeMessage mailEn = last(mailsTo(english));
		assertThat(mailEn.getSubject()).startsWith("[CANCELLED]");
		assertThat((String) mailEn.getContent()).contains("Reason: " + REASON).doesNotContain(INSTRUCTIONS_EN);

		String page = mvc.perform(get("/notices/" + notice.id())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("この情報は取り消されました。", "理由：" + REASON, issued).doesNotContain(INSTRUCTIONS);

		String cap = mvc.perform(get("/cap/" + notice.id() + ".xml")).andReturn().getResponse().getContentAsString();
		Xml.validate(cap, "/cap/cap-1.2.xsd");
		Xml cancel = Xml.parse(cap);
		assertThat(cancel.first("msgType")).isEqualTo("Cancel");
		assertThat(cancel.first("note")).isEqualTo(REASON);
		assertThat(cancel.all("event")).containsExactly("避難指示", "Evacuation order");
		assertThat(cancel.first("headline")).startsWith("【取消】").isNotEqualTo("【取消】【警戒レベル4】避難指示");
		assertThat(cancel.first("description")).contains("を取り消します", REASON).doesNotContain(INSTRUCTIONS);
		assertThat(cancel.all("urgency")).containsOnly("Past");
		assertThat(cancel.all("description").get(1)).contains("Reason: " + REASON).doesNotContain(INSTRUCTIONS_EN);

		Xml lalert = Xml.parse(single("/lalert"));
		assertThat(lalert.first("distributionType")).isEqualTo("Cancel");
		assertThat(lalert.first("category")).isEqualTo("EvacuationOrder");
		assertThat(lalert.all("Description")).contains(REASON);
		assertThat(lalert.all("Sort")).as("a cancellation issues no order").isEmpty();
		assertThat(lalert.first("ComplementaryInfo")).contains("を取り消します", REASON).doesNotContain(INSTRUCTIONS);

		assertThat(single("/radio")).contains("\"msgType\":\"cancel\"", "避難指示", "を取り消します", REASON)
			.doesNotContain(INSTRUCTIONS);
	}

	@Test
	void aPublishedNoticeIsCancelledOnlyWithAReasonAndADraftWithout() throws Exception {
		NoticeView sent = notices.create(evacuationOrder(), KIKI);
		for (String body : Arrays.asList(null, "{}", "{\"reason\":\"  \"}")) {
			var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/notices/" + sent.id() + "/cancel")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("kiki")
					.roles("EMERGENCY"));
			if (body != null) {
				request.contentType("application/json").content(body);
			}
			mvc.perform(request)
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
					.value("A cancellation of a notice that went out needs a reason: every resident who received it reads it"));
		}
		assertThat(notices.find(sent.id()).state()).isNotEqualTo(NoticeState.CANCELLED);

		NoticeDraft draft = evacuationOrder();
		NoticeView saved = notices.create(new NoticeDraft(draft.title(), draft.body(), null, draft.severity(),
				draft.status(), null, draft.channels(), draft.segmentRule(), draft.translations(), draft.areaNames(),
				List.of(), null, null, true, draft.kind()), KIKI);
		assertThat(notices.cancel(saved.id(), null, KIKI).state()).isEqualTo(NoticeState.CANCELLED);
	}

	private NoticeDraft evacuationOrder() {
		return new NoticeDraft("【警戒レベル4】避難指示（" + area + "）", area + "に避難指示を発令しました。" + INSTRUCTIONS + "。", null,
				Severity.EMERGENCY, AlertStatus.ACTUAL, "防災",
				Set.of(Channel.LINE, Channel.EMAIL, Channel.WEBSITE, Channel.CAP, Channel.LALERT, Channel.RADIO),
				"area = \"" + area + "\"",
				Map.of("en",
						new NoticeDraft.Translation("[Level 4] Evacuation order",
								"An evacuation order has been issued. " + INSTRUCTIONS_EN + ".")),
				List.of(area), List.of("232386"), null, Instant.now().plus(Duration.ofHours(6)), false,
				NoticeKind.EVACUATION_ORDER);
	}

	private String resident(String language, String email) throws Exception {
		String lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(lineUserId);
		subscribers.updatePreferences(lineUserId, new Preferences(area, null, Set.of(), language));
		subscribers.requestEmail(lineUserId, email);
		jdbc.sql("UPDATE subscribers SET email_confirmed = TRUE WHERE line_user_id = ?").param(lineUserId).update();
		return lineUserId;
	}

	private String lineTo(String lineUserId) {
		List<LoggedRequest> requests = gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))
			.stream()
			.filter(r -> r.getBodyAsString().contains(lineUserId))
			.toList();
		assertThat(requests).hasSize(1);
		return requests.get(0).getBodyAsString();
	}

	private MimeMessage[] mailsTo(String lineUserId) {
		String email = jdbc.sql("SELECT email FROM subscribers WHERE line_user_id = ?")
			.param(lineUserId)
			.query(String.class)
			.single();
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(email);
			}
			catch (Exception ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

	private static MimeMessage last(MimeMessage[] mails) {
		return mails[mails.length - 1];
	}

	private String single(String path) {
		List<LoggedRequest> requests = gateways.findAll(postRequestedFor(urlEqualTo(path)));
		assertThat(requests).as(path).hasSize(1);
		return requests.get(0).getBodyAsString();
	}

}
