package io.tsutawaru.app.safety;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.browser.EmergencyStaffApi;
import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.notifier.Responses;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.SafetyAnswers.ChannelTally;
import io.tsutawaru.notifier.Subscribers;
import io.tsutawaru.notifier.safety.AnswerLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-mail's signed answer links end to end (issue 18, item 1): the mail GreenMail
 * received carries the resident's own links; opening one records nothing (mail scanners
 * open links), the page's button records it once on the e-mail channel, another link
 * changes it; a link someone altered, one for a resident the alert did not reach and one
 * of a cancelled alert get a kind 4xx page, and no token, however broken, gets a 500.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmailAnswerLinkTests extends ServiceTest {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate http;

	@Autowired
	EmbeddedMailbox mailbox;

	@Autowired
	Subscribers subscribers;

	@Autowired
	SafetyAnswers answers;

	@Autowired
	AnswerLinks links;

	private MailedAnswers mails;

	@BeforeEach
	void mails() {
		mails = new MailedAnswers(http, mailbox, subscribers);
	}

	@Test
	void theMailsLinkOpensAPageThatRecordsOnlyOnItsButtonAndAnotherLinkChangesTheAnswer(CapturedOutput output) {
		LoggerFactory.getLogger(EmailAnswerLinkTests.class).info("answer links: the journey starts");
		MailedAnswers.Resident resident = mails.residentWithMail();
		String title = "避難指示 " + UUID.randomUUID().toString().substring(0, 8);
		long notice = mails.sendSafetyAlert(title);
		Map<String, URI> mailed = mails.linksMailedTo(resident.address(), title);
		assertThat(mailed).containsOnlyKeys("無事です", "支援が必要です");

		// Opening the link (as a mail scanner does) shows the alert and the answer and
		// records nothing.
		ResponseEntity<String> page = http.getForEntity(mailed.get("無事です"), String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains(title).contains("無事です").contains("この回答を送る");
		assertThat(page.getHeaders().getCacheControl()).contains("no-store");
		assertThat(answers.byChannel(notice)).isEmpty();

		// The button records it, on the e-mail channel.
		ResponseEntity<String> thanks = post(formToken(page.getBody()), null);
		assertThat(thanks.getStatusCode().value()).isEqualTo(200);
		assertThat(thanks.getBody()).contains("回答を受け付けました");
		assertThat(answers.byChannel(notice)).containsExactly(new ChannelTally("email", "safe", 1));
		Responses tally = responses(notice);
		assertThat(tally.safe()).isEqualTo(1);

		// The button pressed twice still counts once.
		post(formToken(page.getBody()), null);
		assertThat(answers.byChannel(notice)).containsExactly(new ChannelTally("email", "safe", 1));

		// The other link changes the answer, with a short note.
		ResponseEntity<String> help = http.getForEntity(mailed.get("支援が必要です"), String.class);
		assertThat(help.getBody()).contains("<textarea");
		assertThat(post(formToken(help.getBody()), "足をけがして動けない").getBody()).contains("119");
		assertThat(answers.byChannel(notice)).containsExactly(new ChannelTally("email", "help", 1));
		assertThat(responses(notice).safe()).isZero();
		assertThat(responses(notice).needHelp()).isEqualTo(1);
		assertThat(answers.needingHelp(notice)).singleElement().satisfies(request -> {
			assertThat(request.subscriberId()).isEqualTo(resident.id());
			assertThat(request.channel()).isEqualTo("email");
			assertThat(request.note()).isEqualTo("足をけがして動けない");
		});

		// The links are credentials: neither they nor the address appear in the logs.
		String logged = output.getAll();
		assertThat(logged).as("the capture works")
			.contains("answer links: the journey starts")
			.doesNotContain(resident.address())
			.doesNotContain("足をけが");
		mailed.values().forEach(link -> {
			String token = link.getPath().substring("/answers/".length());
			assertThat(logged).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
		});
	}

	@Test
	void alteredLinksLinksForResidentsNotReachedAndNotesThatDoNotFitAreRefusedWithAKindPage() {
		MailedAnswers.Resident resident = mails.residentWithMail();
		String title = "避難指示 " + UUID.randomUUID().toString().substring(0, 8);
		long notice = mails.sendSafetyAlert(title);
		String token = formToken(
				http.getForObject(mails.linksMailedTo(resident.address(), title).get("支援が必要です"), String.class));

		// Another resident's answer made from this resident's link: the signature no
		// longer fits.
		String otherResident = token.replace("." + resident.id() + ".", "." + (resident.id() + 1) + ".");
		assertThat(status(http.getForEntity("/answers/" + otherResident, String.class))).isEqualTo(404);
		assertThat(status(post(otherResident, null))).isEqualTo(404);
		assertThat(status(post(token.replace(".help.", ".safe."), null))).isEqualTo(404);
		// A link the service did sign, for a resident the alert never reached.
		String notReached = links.token(notice, Long.MAX_VALUE, SafetyAnswer.SAFE);
		assertThat(status(post(notReached, null))).isEqualTo(403);
		// A link of a notice that does not ask this answer.
		assertThat(status(
				http.getForEntity("/answers/" + links.token(notice, resident.id(), SafetyAnswer.ACK), String.class)))
			.isEqualTo(409);

		// A note too long or with control characters is refused, nothing recorded.
		ResponseEntity<String> tooLong = post(token, "あ".repeat(501));
		assertThat(status(tooLong)).isEqualTo(400);
		assertThat(tooLong.getBody()).contains("500文字まで");
		assertThat(status(post(token, "動けない\u0007"))).isEqualTo(400);
		assertThat(answers.byChannel(notice)).isEmpty();

		// A cancelled alert needs no answer.
		EmergencyStaffApi.cancel(http, notice, "誤って送信したため");
		ResponseEntity<String> cancelled = http.getForEntity("/answers/" + token, String.class);
		assertThat(status(cancelled)).isEqualTo(410);
		assertThat(cancelled.getBody()).contains("取り消されました");
		assertThat(status(post(token, null))).isEqualTo(410);
		assertThat(answers.byChannel(notice)).isEmpty();
	}

	@Test
	void randomGarbageAndOverlongTokensGetA4xxNeverA500() {
		Random random = new Random(18);
		String valid = links.token(1, 1, SafetyAnswer.SAFE);
		for (int i = 0; i < 200; i++) {
			StringBuilder garbage = new StringBuilder();
			int length = i % 50 == 0 ? 5_000 : random.nextInt(120);
			for (int c = 0; c < length; c++) {
				garbage.append(i % 2 == 0 ? (char) (0x20 + random.nextInt(0x5f)) : (char) random.nextInt(0x3100));
			}
			String token = i % 3 == 0 ? valid.substring(0, random.nextInt(valid.length())) + garbage
					: garbage.toString();
			assertThat(status(post(token, "x"))).as(token).isBetween(400, 499);
			URI page = URI.create(http.getRootUri() + "/answers/"
					+ java.net.URLEncoder.encode(token.isEmpty() ? "x" : token, java.nio.charset.StandardCharsets.UTF_8)
						.replace("+", "%20"));
			assertThat(status(http.getForEntity(page, String.class))).as(token).isBetween(400, 499);
		}
	}

	private static String formToken(String page) {
		Matcher token = FORM_TOKEN.matcher(page);
		assertThat(token.find()).as("the page's form carries the token").isTrue();
		return token.group(1);
	}

	private ResponseEntity<String> post(String token, String note) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("token", token);
		if (note != null) {
			form.add("note", note);
		}
		return http.postForEntity("/answers", new HttpEntity<>(form, headers), String.class);
	}

	private Responses responses(long notice) {
		ResponseEntity<Responses> response = http.exchange("/api/notices/" + notice + "/responses",
				org.springframework.http.HttpMethod.GET, new HttpEntity<>(EmergencyStaffApi.headers()),
				Responses.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		return response.getBody();
	}

	private static int status(ResponseEntity<?> response) {
		return response.getStatusCode().value();
	}

}
