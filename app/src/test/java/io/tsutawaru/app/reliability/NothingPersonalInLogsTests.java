package io.tsutawaru.app.reliability;

import java.util.Map;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resident's whole journey and an alert to them, with everything the service logs
 * captured: none of the resident's identifiers, address or words, and none of the
 * secrets, may appear in it.
 */
@AutoConfigureTestRestTemplate
@ExtendWith(OutputCaptureExtension.class)
class NothingPersonalInLogsTests extends ServiceTest {

	private static final String QUESTION = "保育園の申し込みはいつまでですか、秘密のひみつ文";

	private static final String EMAIL = "log-scan-resident@example.jp";

	@Autowired
	TestRestTemplate http;

	@Autowired
	Subscribers subscribers;

	private Map<?, ?> act(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.postForObject("/sandbox/chat/events", new HttpEntity<>(json, headers), Map.class);
	}

	@AfterEach
	void usualLevels() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("io.tsutawaru", null);
	}

	@Test
	void aResidentsJourneyAndAnAlertLeaveNoPersonalDataOrSecretInTheLogs(CapturedOutput output) {
		// Our own code at its most talkative: debug lines must be as discreet as the
		// rest.
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("io.tsutawaru", LogLevel.DEBUG);
		LoggerFactory.getLogger(getClass()).info("log scan: the journey starts");
		String userId = (String) act("{\"name\":\"log-scan\",\"type\":\"follow\"}").get("userId");
		act("{\"name\":\"log-scan\",\"type\":\"postback\",\"data\":\"c=reg&a=language&v=ja\"}");
		act("{\"name\":\"log-scan\",\"type\":\"text\",\"text\":\"" + QUESTION + "\"}");
		subscribers.requestEmail(userId, EMAIL);
		// The made-up question finds no answer: the bot apologises and keeps the question
		// for staff (not in the log).
		// Counted by recipient, not by sequence number: broadcasts of earlier tests
		// sharing this service are in the
		// chat too.
		String toThisResident = "\"userId\":\"" + userId + "\"";
		await().untilAsserted(() -> assertThat(
				http.getForObject("/sandbox/chat/messages?name=log-scan", String.class).split(toThisResident, -1))
			.hasSizeGreaterThan(4));

		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth("emergency", "emergency-password");
		String notice = """
				{"title":"ログ確認訓練","body":"本文は記録されてはならない","severity":"emergency","status":"exercise",
				 "channels":["line","email","website","cap","lalert","radio"],"segmentRule":"all","areaNames":["北部"]}""";
		assertThat(http.postForEntity("/api/notices", new HttpEntity<>(notice, headers), String.class)
			.getStatusCode()
			.value()).isEqualTo(201);
		await().untilAsserted(() -> assertThat(http.getForObject("/sandbox/chat/messages?name=log-scan", String.class))
			.contains("ログ確認訓練"));

		String logged = output.getAll();
		assertThat(logged).as("the capture works").contains("log scan: the journey starts");
		assertThat(logged).doesNotContain(userId)
			.doesNotContain(EMAIL)
			.doesNotContain("秘密のひみつ文")
			.doesNotContain("本文は記録されてはならない")
			.doesNotContain("sandbox-channel-token")
			.doesNotContain("sandbox-channel-secret")
			.doesNotContain("emergency-password")
			.doesNotContain("admin-password");
	}

}
