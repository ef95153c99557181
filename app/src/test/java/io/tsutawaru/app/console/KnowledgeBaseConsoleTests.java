package io.tsutawaru.app.console;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.QuestionUnanswered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The FAQ pages against the real knowledge base: edit, try, import with an error report,
 * unanswered, feedback.
 */
@AutoConfigureTestRestTemplate
class KnowledgeBaseConsoleTests extends ServiceTest {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	AnswerFeedback feedback;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void anEditedAnswerIsWhatSearchFindsWithinAboutASecond() {
		ConsoleSession session = editor();
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = session.post("/console/kb/entries/new", "/console/kb/entries",
				entry(id, "犬の登録はどこでできますか", "市役所の環境課で登録できます。", "true"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/console/kb/entries/" + id));

		session.post("/console/kb/entries/" + id, "/console/kb/entries",
				entry(id, "犬の登録はどこでできますか", "新しい回答：環境課の窓口か、オンラインで登録できます。", "false"));
		assertThat(knowledgeBase.find(id)).hasValueSatisfying(e -> assertThat(e.answer()).startsWith("新しい回答"));
		await().untilAsserted(() -> assertThat(knowledgeBase.search("犬の登録はどこでできますか", "ja").candidates())
			.extracting(c -> c.entry().answer())
			.contains("新しい回答：環境課の窓口か、オンラインで登録できます。"));
		assertThat(session.get("/console/kb/entries/" + id).body()).contains("新しい回答：環境課の窓口か");
	}

	@Test
	void anEntryWithoutAnAnswerIsRefusedAndWhatWasTypedIsKept() {
		ConsoleSession session = editor();
		Map<String, String> fields = entry("test-empty", "答えのない質問", "", "true");
		HttpResponse<String> refused = session.post("/console/kb/entries/new", "/console/kb/entries", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("保存できませんでした", "答えのない質問");
		assertThat(knowledgeBase.find("test-empty")).isEmpty();
	}

	@Test
	void tryingAQuestionShowsTheCandidatesAndTheDecision() {
		FaqEntry sample = knowledgeBase.find(knowledgeBase.search("保育園", "ja").candidates().getFirst().entry().id())
			.orElseThrow();
		String page = editor()
			.get("/console/kb?q=" + java.net.URLEncoder.encode(sample.question(), StandardCharsets.UTF_8))
			.body();
		Decision decision = knowledgeBase.search(sample.question(), "ja").decision();
		assertThat(page).contains("id=\"decision\"", sample.question());
		assertThat(page).contains(switch (decision) {
			case ANSWER -> "1件目で回答する";
			case CHOOSE -> "上位3件から選んでもらう";
			case NOT_FOUND -> "該当なし";
		});
	}

	/**
	 * Issue 19, item 3: the page starts faqImportJob and shows its run; the refused rows
	 * are in its report.
	 */
	@Test
	void csvImportStartsTheImportJobAndOffersItsReportOfRefusedRows() {
		String id = "csv-" + UUID.randomUUID().toString().substring(0, 8);
		String csv = "id,question,alternatives,answer,category,department,phone,hours,url,language,published\n" + id
				+ ",図書館の開館時間は,,9時から19時です。,施設,図書館,,,,ja,true\n" + ",質問だけでIDがない,,答え,,,,,,ja,true\n";
		ConsoleSession session = editor();
		HttpResponse<String> started = session.upload("/console/kb/import", "/console/kb/import", "faq.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(started.statusCode()).isEqualTo(302);
		assertThat(started.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/console/kb/import"));
		String page = session.get("/console/kb/import").body();
		assertThat(page).contains("取り込みを開始しました");
		Matcher run = Pattern.compile("data-run=\"(\\d+)\"").matcher(page);
		assertThat(run.find()).isTrue();

		await().untilAsserted(() -> assertThat(session.get("/console/kb/import").body()).contains("取り込み 1件", "除外 1件",
				"/console/kb/import/runs/" + run.group(1) + "/report"));
		assertThat(knowledgeBase.find(id)).isPresent();
		HttpResponse<String> report = session.get("/console/kb/import/runs/" + run.group(1) + "/report");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("\n3,\"").contains("id");
		// Another job's report is not the knowledge base editors' to read.
		assertThat(session.get("/console/kb/import/runs/999999999/report").statusCode()).isEqualTo(404);
	}

	@Test
	void unansweredQuestionsAreGroupedWithALinkToMakeAnFaq() {
		String question = "ドローンを公園で飛ばしてもいいですか" + UUID.randomUUID().toString().substring(0, 4);
		events.publishEvent(new QuestionUnanswered(question, "ja", Instant.now()));
		events.publishEvent(new QuestionUnanswered(question, "ja", Instant.now()));
		ConsoleSession session = editor();
		await().untilAsserted(() -> assertThat(session.get("/console/kb/unanswered").body())
			.containsPattern(java.util.regex.Pattern.quote(question) + "</td>\\s*<td class=\"num\">2</td>"));
		String make = session
			.get("/console/kb/entries/new?question=" + java.net.URLEncoder.encode(question, StandardCharsets.UTF_8))
			.body();
		assertThat(make).contains("value=\"" + question + "\"");
	}

	@ParameterizedTest(name = "deciding on phrasing {0} is refused with {1}")
	@CsvSource({ "999999999, 404", "not-a-number, 400", "-1, 404" })
	void decidingOnAPhrasingThatDoesNotExistIsRefusedNotAnError(String phrasing, int status) {
		ConsoleSession session = editor();
		String entry = "/console/kb/entries/" + knowledgeBase.search("ごみ", "ja").candidates().getFirst().entry().id();
		HttpResponse<String> refused = session.post(entry, entry + "/phrasings/" + phrasing, Map.of("accept", "true"));
		assertThat(refused.statusCode()).isEqualTo(status);
	}

	@Test
	void feedbackIsShownPerAnswer() {
		FaqEntry entry = knowledgeBase.search("ごみ", "ja").candidates().getFirst().entry();
		feedback.recordFeedback(entry.id(), false);
		feedback.recordFeedback(entry.id(), true);
		assertThat(editor().get("/console/kb/feedback").body()).contains(entry.question());
	}

	private ConsoleSession editor() {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("editor", "editor-password");
		return session;
	}

	private static Map<String, String> entry(String id, String question, String answer, String creating) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("creating", creating);
		fields.put("id", id);
		fields.put("question", question);
		fields.put("alternatives", "犬の登録\n飼い犬の届け出");
		fields.put("answer", answer);
		fields.put("category", "ペット");
		fields.put("department", "環境課");
		fields.put("phone", "0120-000-000");
		fields.put("hours", "平日 8:30〜17:15");
		fields.put("url", "");
		fields.put("language", "ja");
		fields.put("published", "true");
		return fields;
	}

}
