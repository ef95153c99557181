package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.TestSmtp;
import io.tsutawaru.notifier.Xml;
import io.tsutawaru.text.DocumentText;
import tools.jackson.databind.json.JsonMapper;

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
 * Defence in depth for issue 15, item 8: a notice whose stored text holds control
 * characters and noncharacters (written before staff's input was checked, or by hand in
 * the database) still gives a well-formed CAP document, CAP feed, website feed and
 * L-Alert document, and a page, radio script and mail without them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StoredTextDocumentsTests extends LocalServers {

	private static final StaffMember KIKI = new StaffMember("kiki", Set.of("EMERGENCY"));

	private static final GreenMail smtp = TestSmtp.server();

	/**
	 * PostgreSQL stores no NUL and no half characters, so what can be stored is the rest
	 * of the unfit ones.
	 */
	private static final String TITLE = "避難\u0001指示\uFFFE";

	private static final String BODY = "北部\u001Bに避難\u0085指示\uFFFFを発令しました。\u0008";

	@Autowired
	Notices notices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void gatewaysAccept() {
		gateways.resetAll();
		for (String path : List.of("/lalert", "/radio", "/cms", "/hub")) {
			gateways.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
		}
	}

	@Test
	void everyDocumentOfANoticeStoredWithUnfitCharactersIsWellFormedAndCarriesNoneOfThem() throws Exception {
		String area = freshArea();
		String address = "resident@" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp";
		jdbc.sql("INSERT INTO subscribers (email, email_confirmed, area, language, active, created_at, updated_at) "
				+ "VALUES (?, TRUE, ?, 'ja', TRUE, ?, ?)")
			.params(address, area, Instant.now().atOffset(ZoneOffset.UTC), Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		long id = notices
			.create(new NoticeDraft("避難指示", "北部に避難指示を発令しました。", null, Severity.EMERGENCY, null, "防災",
					Set.of(Channel.WEBSITE, Channel.CAP, Channel.LALERT, Channel.RADIO, Channel.EMAIL),
					"area = \"" + area + "\"", Map.of("en", new NoticeDraft.Translation("Evacuation", "Leave now.")),
					List.of("北部"), List.of(), null, null, true), KIKI)
			.id();
		jdbc.sql("UPDATE notices SET title = ?, body = ? WHERE id = ?").params(TITLE, BODY, id).update();
		jdbc.sql("UPDATE notice_translations SET title = ?, body = ? WHERE notice_id = ?")
			.params("Evacuation\u0002", "Leave\u0003 now.", id)
			.update();

		notices.submit(id, KIKI);
		await().until(() -> notices.find(id).state() == NoticeState.SENT);

		String cap = page("/cap/" + id + ".xml");
		Xml.validate(cap, "/cap/cap-1.2.xsd");
		assertThat(Xml.parse(cap).all("headline")).containsExactly("避難指示", "Evacuation");
		assertThat(Xml.parse(page("/cap/feed.atom")).all("title")).contains("避難指示");
		assertThat(Xml.parse(page("/notices/feed.atom")).all("title")).contains("避難指示");
		Xml lalert = Xml.parse(gateways.findAll(postRequestedFor(urlEqualTo("/lalert"))).get(0).getBodyAsString());
		assertThat(lalert.first("Description")).isEqualTo("北部に避難指示を発令しました。");
		String radio = JsonMapper.builder()
			.build()
			.readTree(gateways.findAll(postRequestedFor(urlEqualTo("/radio"))).get(0).getBodyAsString())
			.get("text")
			.asString();
		assertThat(radio).contains("避難指示。ほくぶに避難指示を発令しました。");
		assertThat(DocumentText.firstUnfit(radio)).isEmpty();
		String html = page("/notices/" + id);
		assertThat(html).contains("<h1>避難指示</h1>");
		assertThat(DocumentText.firstUnfit(html)).isEmpty();
		await().until(() -> mailTo(address) != null);
		MimeMessage mail = mailTo(address);
		assertThat(mail.getSubject()).isEqualTo("避難指示");
		assertThat((String) mail.getContent()).startsWith("北部に避難指示を発令しました。");
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private static MimeMessage mailTo(String address) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (address.equals(message.getAllRecipients()[0].toString())) {
				return message;
			}
		}
		return null;
	}

}
