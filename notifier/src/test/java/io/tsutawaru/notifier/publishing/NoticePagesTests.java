package io.tsutawaru.notifier.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.Xml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public website: pages, language switch, the Atom feed and the emergency banner. */
@SpringBootTest
@AutoConfigureMockMvc
class NoticePagesTests extends LocalServers {

	static final StaffMember KIKI = new StaffMember("kiki", Set.of("EMERGENCY"));

	@Autowired
	Notices notices;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void reset() {
		gateways.resetAll();
		gateways.stubFor(post(urlEqualTo("/cms")).willReturn(aResponse().withStatus(200)));
	}

	@Test
	void showsAPublishedNoticeInJapaneseAndInItsTranslationWithEscapedText() throws Exception {
		NoticeDraft outage = draft("断水のお知らせ", "<b>3日</b>に断水します。\n給水所は市役所です。", Severity.INFO, AlertStatus.ACTUAL);
		long id = publish(new NoticeDraft(outage.title(), outage.body(), null, outage.severity(), outage.status(), null,
				outage.channels(), "all", outage.translations(), List.of("南部", "中央区"), List.of(), null, null, false));

		mvc.perform(get("/notices/" + id))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("<html lang=\"ja\">")))
			.andExpect(content().string(containsString("<h1>断水のお知らせ</h1>")))
			.andExpect(content().string(containsString("<p>&lt;b&gt;3日&lt;/b&gt;に断水します。</p>\n<p>給水所は市役所です。</p>")))
			.andExpect(content()
				.string(containsString("<a href=\"/notices/" + id + "?lang=en\" lang=\"en\">English</a>")));
		mvc.perform(get("/notices/" + id).param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("<h1>Water outage</h1>")))
			.andExpect(content().string(containsString("<p>Area: South district, 中央区</p>")));
		mvc.perform(get("/notices/" + id)).andExpect(content().string(containsString("<p>対象地域: 南部・中央区</p>")));
		mvc.perform(get("/notices"))
			.andExpect(content().string(containsString("<a href=\"/notices/" + id + "\">断水のお知らせ</a>")));
	}

	@Test
	void marksAnUpdatedAndACancelledNoticeOnItsPage() throws Exception {
		long id = publish(draft("道路通行止め", "県道が通行止めです。", Severity.WARNING, AlertStatus.ACTUAL));
		notices.update(id, draft("道路通行止め（延長）", "明日まで通行止めです。", null, null), KIKI);
		await().until(() -> notices.find(id).state() == NoticeState.SENT);
		mvc.perform(get("/notices/" + id))
			.andExpect(content().string(containsString("<h1>【更新】道路通行止め（延長）</h1>")))
			.andExpect(content().string(containsString("この情報は更新されています。")));

		notices.cancel(id, "日付の誤り", KIKI);

		mvc.perform(get("/notices/" + id))
			.andExpect(content().string(containsString("この情報は取り消されました。")))
			.andExpect(content().string(containsString("<h1>【取消】「道路通行止め（延長）」</h1>")))
			.andExpect(content().string(containsString("理由：日付の誤り")))
			.andExpect(content().string(not(containsString("明日まで通行止めです。"))));
	}

	@Test
	void keepsTestNoticesOffTheListAndTheFeedAndAnswers404ForUnknownNotices() throws Exception {
		long test = publish(draft("試験配信", "テストです。", Severity.INFO, AlertStatus.TEST));
		long real = publish(draft("花火大会", "8月1日に開催します。", Severity.INFO, AlertStatus.ACTUAL));

		mvc.perform(get("/notices")).andExpect(content().string(not(containsString("/notices/" + test + "\""))));
		String feed = mvc.perform(get("/notices/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Xml atom = Xml.parse(feed);
		assertThat(atom.all("id")).contains("urn:tsutawaru:notice:" + real)
			.doesNotContain("urn:tsutawaru:notice:" + test);
		mvc.perform(get("/notices/" + test)).andExpect(content().string(containsString("【テスト】試験配信")));
		mvc.perform(get("/notices/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void bannerShowsTheCurrentEmergencyThenItsCancellationForAWhile(@Autowired PublicNotices shown) throws Exception {
		long id = publish(draft("土砂災害警戒情報", "避難してください。", Severity.EMERGENCY, AlertStatus.ACTUAL));

		mvc.perform(get("/notices/banner.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.headline").value("土砂災害警戒情報"))
			.andExpect(jsonPath("$.url").value("http://localhost:8080/notices/" + id));

		notices.cancel(id, "誤って送信したため", KIKI);

		mvc.perform(get("/notices/banner.json"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.cancelled").value(true))
			.andExpect(jsonPath("$.headline").value("【取消】「土砂災害警戒情報」"));
		Instant afterTheWhile = Instant.now().plus(PublicNotices.CANCELLATION_SHOWN).plusSeconds(5);
		// Another test's emergency may still be current; this one must not be, once the
		// while has passed.
		assertThat(shown.currentEmergency(afterTheWhile)).map(PublishedNotice::noticeId).isNotEqualTo(Optional.of(id));
		mvc.perform(get("/notices/banner.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/notices/banner.json")));
	}

	private long publish(NoticeDraft draft) {
		NoticeView notice = notices.create(draft, KIKI);
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(notice.id()).state() == NoticeState.SENT);
		return notice.id();
	}

	private static NoticeDraft draft(String title, String body, Severity severity, AlertStatus status) {
		return new NoticeDraft(title, body, null, severity, status, null, Set.of(Channel.WEBSITE), "all",
				Map.of("en", new NoticeDraft.Translation("Water outage", "Water is off on the 3rd.")), List.of(),
				List.of(), null, null, false);
	}

}
