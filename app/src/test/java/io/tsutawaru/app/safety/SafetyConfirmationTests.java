package io.tsutawaru.app.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.browser.EmergencyStaffApi;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Responses;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Safety confirmation end to end (issue 18, item 1): an alert that asks carries the
 * answer buttons in its LINE request (the sandbox stand-in records the exact request), a
 * resident's tap is recorded once through the bot's safety conversation, a second tap
 * changes it, what a resident who needs help shares is kept with the answer, and
 * {@code GET /api/notices/{id}/responses} tallies it with exactly the names other tools
 * rely on.
 */
@AutoConfigureTestRestTemplate
class SafetyConfirmationTests extends ServiceTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	TestRestTemplate http;

	@Autowired
	SafetyAnswers answers;

	@Autowired
	Subscribers subscribers;

	@Test
	void theAlertCarriesTheButtonsAndAResidentsAnswersAreRecordedOnceWithWhatTheyShared() throws Exception {
		String resident = "安否 " + UUID.randomUUID().toString().substring(0, 8);
		String userId = act(Map.of("name", resident, "type", "follow"));
		long notice = sendSafetyAlert();

		// The exact LINE request of the alert carries the buttons, as postbacks the bot's
		// conversation reads.
		String answerHelp = "c=safe&a=answer&n=" + notice + "&v=help";
		await().until(() -> lineRequests().stream().anyMatch(body -> body.contains(answerHelp)));
		JsonNode request = JSON
			.readTree(lineRequests().stream().filter(body -> body.contains(answerHelp)).findFirst().orElseThrow());
		List<JsonNode> postbacks = new ArrayList<>();
		request.findValues("action")
			.stream()
			.filter(action -> "postback".equals(action.path("type").asString()))
			.forEach(postbacks::add);
		assertThat(postbacks).extracting(action -> action.get("label").asString() + " " + action.get("data").asString())
			.contains("無事です c=safe&a=answer&n=" + notice + "&v=safe", "支援が必要です " + answerHelp);

		act(Map.of("name", resident, "type", "postback", "text", "支援が必要です", "data", answerHelp));
		await().until(() -> inbox(resident).contains("支援が必要とのこと"));
		act(Map.of("name", resident, "type", "location", "latitude", 35.7285, "longitude", 137.9337, "address",
				"駒ヶ根市"));
		await().until(() -> inbox(resident).contains("困っていることを短く"));
		act(Map.of("name", resident, "type", "text", "text", "足をけがして動けない"));
		await().until(() -> inbox(resident).contains("119番"));

		JsonNode tally = responses(notice);
		assertThat(names(tally)).containsExactly("asked", "acknowledged", "safe", "needHelp", "noAnswer", "byArea");
		assertThat(tally.get("needHelp").asLong()).isEqualTo(1);
		assertThat(tally.get("safe").asLong()).isZero();
		assertThat(tally.get("noAnswer").asLong()).isEqualTo(tally.get("asked").asLong() - 1);
		assertThat(tally.get("byArea").get("unset").get("needHelp").asLong()).isEqualTo(1);
		long subscriber = subscribers.findByLineUserId(userId).orElseThrow().id();
		assertThat(answers.needingHelp(notice)).singleElement().satisfies(help -> {
			assertThat(help.subscriberId()).isEqualTo(subscriber);
			assertThat(help.channel()).isEqualTo("line");
			assertThat(help.latitude()).isEqualTo(35.7285);
			assertThat(help.note()).isEqualTo("足をけがして動けない");
		});

		// A second answer changes the first; it never counts twice.
		act(Map.of("name", resident, "type", "postback", "text", "無事です", "data",
				"c=safe&a=answer&n=" + notice + "&v=safe"));
		await().until(() -> responses(notice).get("safe").asLong() == 1);
		assertThat(responses(notice).get("needHelp").asLong()).isZero();

		// The disaster menu's 安否を知らせる offers this alert's buttons again.
		act(Map.of("name", resident, "type", "postback", "text", "安否を知らせる", "data", "c=safe&a=start"));
		await().until(() -> inbox(resident).contains("あなたの安否を教えてください"));
	}

	@Test
	void tapsOfOneResidentArrivingAtOnceLeaveOneAnswer() throws Exception {
		String resident = "同時 " + UUID.randomUUID().toString().substring(0, 8);
		String userId = act(Map.of("name", resident, "type", "follow"));
		long notice = sendSafetyAlert();
		long subscriber = subscribers.findByLineUserId(userId).orElseThrow().id();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Void>> taps = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				SafetyAnswer answer = i % 2 == 0 ? SafetyAnswer.SAFE : SafetyAnswer.HELP;
				taps.add(() -> {
					answers.answer(notice, subscriber, answer, Channel.LINE);
					return null;
				});
			}
			for (Future<Void> tap : threads.invokeAll(taps)) {
				tap.get();
			}
		}
		finally {
			threads.shutdown();
		}
		Responses tally = answers.responses(notice);
		assertThat(tally.safe() + tally.needHelp()).isEqualTo(1);
	}

	@Test
	void aResidentWithoutAnAlertThatAsksIsToldKindlyAndAnAlteredButtonRecordsNothing() throws Exception {
		String resident = "尋ねる " + UUID.randomUUID().toString().substring(0, 8);
		act(Map.of("name", resident, "type", "follow"));
		act(Map.of("name", resident, "type", "postback", "text", "無事です", "data", "c=safe&a=answer&n=999999999&v=safe"));
		await().until(() -> inbox(resident).contains("この災害情報には回答できません"));
	}

	private long sendSafetyAlert() {
		ResponseEntity<Map> created = http.postForEntity("/api/notices", new HttpEntity<>("""
				{"title":"避難指示","body":"直ちに避難してください。","severity":"emergency","status":"exercise",
				 "kind":"evacuation-order","channels":["line"],"confirmation":"safety","escalateAfterMinutes":30}
				""", EmergencyStaffApi.headers()), Map.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return ((Number) created.getBody().get("id")).longValue();
	}

	private JsonNode responses(long notice) {
		ResponseEntity<String> response = http.exchange("/api/notices/" + notice + "/responses", HttpMethod.GET,
				new HttpEntity<>(EmergencyStaffApi.headers()), String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		return JSON.readTree(response.getBody());
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private String act(Map<String, Object> action) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> sent = http.postForEntity("/sandbox/chat/events", new HttpEntity<>(action, headers),
				Map.class);
		assertThat(sent.getStatusCode().value()).isEqualTo(200);
		return (String) sent.getBody().get("userId");
	}

	private String inbox(String resident) {
		return http.getForObject("/sandbox/chat/messages?name={name}", String.class, resident);
	}

	private List<String> lineRequests() {
		List<String> bodies = new ArrayList<>();
		JSON.readTree(http.getForObject("/sandbox/line/requests", String.class))
			.forEach(call -> bodies.add(call.get("body").asString()));
		return bodies;
	}

}
