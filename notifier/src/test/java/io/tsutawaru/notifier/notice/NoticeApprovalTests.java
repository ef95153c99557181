package io.tsutawaru.notifier.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The four-eyes rule for PR notices (issue 15, item 6): every change after approval
 * (text, audience, channels, send time) goes back to a second member of staff, a
 * follow-up of a published notice waits for approval while the published version stays,
 * nobody approves a change they made, and a reviewer may return a notice with a comment
 * (差し戻し). Emergency staff still act alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticeApprovalTests extends LocalServers {

	static final String MULTICAST = "/v2/bot/message/multicast";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notices notices;

	@Autowired
	NoticeDocuments documents;

	@Autowired
	NoticeClock clock;

	@Autowired
	Subscribers subscribers;

	String area;

	@BeforeEach
	void reset() {
		gateways.resetAll();
		gateways.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(MULTICAST))
			.willReturn(aResponse().withStatus(200).withBody("{}")));
		area = freshArea();
		resident();
	}

	@Test
	void editingAnApprovedScheduledNoticeReturnsItToApprovalAndItIsNotSentUntilApprovedAgain() throws Exception {
		String notice = approvedForTomorrow();

		// The author changes the time to "now": before, the approval still stood and the
		// clock sent it at once.
		act(post(notice + "/update", json("大雨のお知らせ", "変更後の本文です。", null, "line", rule()), staff("hiroko", "PR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("awaiting-approval"))
			.andExpect(jsonPath("$.approvedBy").doesNotExist())
			.andExpect(jsonPath("$.editedBy[0]").value("hiroko"));
		clock.publishDue();
		assertThat(notices.find(id(notice)).state()).isEqualTo(NoticeState.AWAITING_APPROVAL);
		gateways.verify(0, postRequestedFor(urlEqualTo(MULTICAST)));

		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id(notice)).state() == NoticeState.SENT);
		assertThat(documents.revision(id(notice), 1).content().body()).isEqualTo("変更後の本文です。");
		assertThat(notices.history(id(notice))).extracting(e -> e.actor() + ":" + e.action())
			.containsSubsequence("kenta:approved", "hiroko:edited", "hiroko:approval-withdrawn", "kenta:approved",
					"kenta:sending");
	}

	/**
	 * Content, audience, channels and time: each one alone is a change a second person
	 * must see.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "title", "body", "link", "segment", "channels", "sendAt", "translations" })
	void anyChangeAfterApprovalReturnsTheNoticeToApproval(String changed) throws Exception {
		String notice = approvedForTomorrow();
		String tomorrow = tomorrow().toString();
		String rule = rule();
		String body = switch (changed) {
			case "title" -> json("大雨のお知らせ（訂正）", "本文です。", tomorrow, "line", rule);
			case "body" -> json("大雨のお知らせ", "本文を直しました。", tomorrow, "line", rule);
			case "link" -> json("大雨のお知らせ", "本文です。", tomorrow, "line", rule).replace("{",
					"{\"link\":\"https://city.example.jp/x\",");
			case "segment" -> json("大雨のお知らせ", "本文です。", tomorrow, "line", rule + " or area = \\\"北部\\\"");
			case "channels" -> json("大雨のお知らせ", "本文です。", tomorrow, "line\",\"email", rule);
			case "sendAt" -> json("大雨のお知らせ", "本文です。", tomorrow().plus(1, ChronoUnit.HOURS).toString(), "line", rule);
			case "translations" -> json("大雨のお知らせ", "本文です。", tomorrow, "line", rule).replace("{",
					"{\"translations\":{\"en\":{\"title\":\"Rain\",\"body\":\"Body\"}},");
			default -> throw new IllegalArgumentException(changed);
		};
		act(post(notice + "/update", body, staff("kenta", "PR"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("awaiting-approval"));
	}

	@Test
	void savingTheSameNoticeAgainIsNoChangeAndKeepsTheApproval() throws Exception {
		String notice = approvedForTomorrow();
		act(post(notice + "/update", json("大雨のお知らせ", "本文です。", tomorrow().toString(), "line", rule()),
				staff("hiroko", "PR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("scheduled"))
			.andExpect(jsonPath("$.approvedBy").value("kenta"));
	}

	@Test
	void aFollowUpOfAPublishedPrNoticeWaitsForApprovalWhileThePublishedVersionStays() throws Exception {
		String notice = created(json("大雨のお知らせ", "本文です。", null, "line", rule()), "hiroko");
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id(notice)).state() == NoticeState.SENT);

		act(post(notice + "/update", "{\"title\":\"大雨のお知らせ（続報）\",\"body\":\"雨はやみました。\"}", staff("hiroko", "PR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("sent"))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.title").value("大雨のお知らせ"))
			.andExpect(jsonPath("$.followUp.status").value("awaiting-approval"))
			.andExpect(jsonPath("$.followUp.title").value("大雨のお知らせ（続報）"))
			.andExpect(jsonPath("$.followUp.editedBy[0]").value("hiroko"));
		assertThat(documents.latest(id(notice)).orElseThrow().content().title()).isEqualTo("大雨のお知らせ");
		gateways.verify(1, postRequestedFor(urlEqualTo(MULTICAST)));

		act(post(notice + "/approve", null, staff("hiroko", "PR"))).andExpect(status().isForbidden());
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.title").value("大雨のお知らせ（続報）"))
			.andExpect(jsonPath("$.followUp").doesNotExist());
		await().until(() -> gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST))).size() == 2);
		assertThat(documents.latest(id(notice)).orElseThrow().content().body()).isEqualTo("雨はやみました。");
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(status().isConflict());
	}

	@Test
	void theApproverMayBeNeitherTheAuthorNorAnyoneWhoChangedTheNotice() throws Exception {
		String notice = created(json("大雨のお知らせ", "本文です。", tomorrow().toString(), "line", rule()), "hiroko");
		act(post(notice + "/update", json("大雨のお知らせ", "けんたが直しました。", tomorrow().toString(), "line", rule()),
				staff("kenta", "PR")))
			.andExpect(jsonPath("$.status").value("awaiting-approval"))
			.andExpect(jsonPath("$.editedBy[0]").value("kenta"));

		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("A second member of staff must approve this notice, not someone who changed it"));
		act(post(notice + "/approve", null, staff("hiroko", "PR"))).andExpect(status().isForbidden());
		// Emergency staff send their own alerts; reviewing PR's notices is PR's work.
		act(post(notice + "/approve", null, staff("kiki", "EMERGENCY"))).andExpect(status().isForbidden());
		act(post(notice + "/approve", null, staff("mika", "PR"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedBy").value("mika"))
			.andExpect(jsonPath("$.editedBy").isEmpty());
	}

	@Test
	void aReviewerReturnsANoticeWithACommentAndItsAuthorChangesAndResubmitsIt() throws Exception {
		String notice = created(json("大雨のお知らせ", "本文です。", tomorrow().toString(), "line", rule()), "hiroko");

		act(post(notice + "/reject", "{\"comment\":\"  \"}", staff("kenta", "PR"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid notice"));
		act(post(notice + "/reject", null, staff("kenta", "PR"))).andExpect(status().isBadRequest());
		act(post(notice + "/reject", "{\"comment\":\"自分で差し戻し\"}", staff("hiroko", "PR")))
			.andExpect(status().isForbidden());
		act(post(notice + "/reject", "{\"comment\":\"日付が違います。\"}", staff("kenta", "PR"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("returned"))
			.andExpect(jsonPath("$.returned.by").value("kenta"))
			.andExpect(jsonPath("$.returned.comment").value("日付が違います。"))
			.andExpect(jsonPath("$.returned.at").isNotEmpty());
		act(post(notice + "/approve", null, staff("mika", "PR"))).andExpect(status().isConflict());
		act(post(notice + "/reject", "{\"comment\":\"もう一度\"}", staff("mika", "PR"))).andExpect(status().isConflict());

		act(post(notice + "/update", json("大雨のお知らせ", "日付を直しました。", tomorrow().toString(), "line", rule()),
				staff("hiroko", "PR")))
			.andExpect(jsonPath("$.status").value("returned"));
		act(post(notice + "/submit", null, staff("hiroko", "PR"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("awaiting-approval"))
			.andExpect(jsonPath("$.returned.comment").value("日付が違います。"));
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(jsonPath("$.status").value("scheduled"))
			.andExpect(jsonPath("$.returned").doesNotExist());

		act(get(notice + "/history").with(staff("hiroko", "PR")))
			.andExpect(jsonPath("$[?(@.action == 'returned')].actor").value("kenta"))
			.andExpect(jsonPath("$[?(@.action == 'returned')].detail").value("日付が違います。"));
	}

	@Test
	void aReturnedFollowUpLeavesThePublishedNoticeAsItWasUntilItIsChangedAndApproved() throws Exception {
		String notice = created(json("大雨のお知らせ", "本文です。", null, "line", rule()), "hiroko");
		act(post(notice + "/approve", null, staff("kenta", "PR")));
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id(notice)).state() == NoticeState.SENT);
		act(post(notice + "/update", "{\"title\":\"続報\",\"body\":\"誤字あり\"}", staff("hiroko", "PR")));

		act(post(notice + "/reject", "{\"comment\":\"誤字があります。\"}", staff("kenta", "PR"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("sent"))
			.andExpect(jsonPath("$.followUp.status").value("returned"))
			.andExpect(jsonPath("$.followUp.returned.comment").value("誤字があります。"));
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(status().isConflict());

		act(post(notice + "/update", "{\"title\":\"続報\",\"body\":\"誤字を直しました。\"}", staff("hiroko", "PR")))
			.andExpect(jsonPath("$.followUp.status").value("awaiting-approval"));
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(jsonPath("$.revision").value(2));
		assertThat(documents.latest(id(notice)).orElseThrow().content().body()).isEqualTo("誤字を直しました。");
	}

	@Test
	void cancellingANoticeDropsItsFollowUpAwaitingApproval() throws Exception {
		String notice = created(json("大雨のお知らせ", "本文です。", null, "line", rule()), "hiroko");
		act(post(notice + "/approve", null, staff("kenta", "PR")));
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id(notice)).state() == NoticeState.SENT);
		act(post(notice + "/update", "{\"title\":\"続報\",\"body\":\"続きです。\"}", staff("hiroko", "PR")));

		act(post(notice + "/cancel", "{\"reason\":\"中止\"}", staff("hiroko", "PR")))
			.andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.followUp").doesNotExist());
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(status().isConflict());
	}

	@Test
	void emergencyStaffStillActAloneOnTheirAlertsAndTheirUpdates() throws Exception {
		String alert = created(
				json("避難指示", "避難してください。", null, "line", rule()).replace("{", "{\"severity\":\"emergency\","), "kiki",
				"EMERGENCY");
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id(alert)).state() == NoticeState.SENT);
		act(post(alert + "/update", "{\"title\":\"避難指示（更新）\",\"body\":\"対象を広げます。\"}", staff("kiki", "EMERGENCY")))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.followUp").doesNotExist());
	}

	private String approvedForTomorrow() throws Exception {
		String notice = created(json("大雨のお知らせ", "本文です。", tomorrow().toString(), "line", rule()), "hiroko");
		act(post(notice + "/approve", null, staff("kenta", "PR"))).andExpect(jsonPath("$.status").value("scheduled"));
		return notice;
	}

	private String created(String json, String author) throws Exception {
		return created(json, author, "PR");
	}

	private String created(String json, String author, String role) throws Exception {
		return act(post("/api/notices", json, staff(author, role))).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	/** Only the residents of this test's own area. */
	private String rule() {
		return "area = \\\"" + area + "\\\"";
	}

	private static String json(String title, String body, String sendAt, String channel, String rule) {
		return """
				{"title":"%s","body":"%s","channels":["%s"],"segmentRule":"%s"%s}
				""".formatted(title, body, channel, rule, sendAt == null ? "" : ",\"sendAt\":\"" + sendAt + "\"");
	}

	private static Instant tomorrow() {
		return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
	}

	private static long id(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private ResultActions act(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request);
	}

	private void resident() {
		String lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(lineUserId);
		subscribers.updatePreferences(lineUserId, new Preferences(area, null, Set.of(), "ja"));
	}

	private static MockHttpServletRequestBuilder post(String path, String json, RequestPostProcessor user) {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user);
		return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private static RequestPostProcessor staff(String name, String role) {
		return user(name).roles(role);
	}

}
