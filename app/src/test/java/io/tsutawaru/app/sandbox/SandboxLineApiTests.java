package io.tsutawaru.app.sandbox;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.sandbox.line.ReplyTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@AutoConfigureTestRestTemplate
class SandboxLineApiTests extends ServiceTest {

	private static final String USER = "U0123456789abcdef0123456789abcdef";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ReplyTokens replyTokens;

	private ResponseEntity<String> post(String path, String body, String retryKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth("sandbox-channel-token");
		if (retryKey != null) {
			headers.set("X-Line-Retry-Key", retryKey);
		}
		return http.postForEntity("/sandbox/line" + path, new HttpEntity<>(body, headers), String.class);
	}

	private static String text(String text) {
		return "[{\"type\":\"text\",\"text\":\"" + text + "\"}]";
	}

	@Test
	void aReplyTokenWorksOnce() {
		String token = replyTokens.issue(USER);
		String body = "{\"replyToken\":\"" + token + "\",\"messages\":" + text("はい") + "}";
		ResponseEntity<String> first = post("/v2/bot/message/reply", body, null);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody()).contains("sentMessages");
		ResponseEntity<String> second = post("/v2/bot/message/reply", body, null);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(second.getBody()).contains("Invalid reply token");
	}

	@Test
	void aRetryKeyAlreadyAcceptedIsAnsweredWithConflict() {
		String key = java.util.UUID.randomUUID().toString();
		String body = "{\"to\":[\"" + USER + "\"],\"messages\":" + text("訓練") + "}";
		ResponseEntity<String> first = post("/v2/bot/message/multicast", body, key);
		ResponseEntity<String> again = post("/v2/bot/message/multicast", body, key);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getHeaders().getFirst("X-Line-Accepted-Request-Id"))
			.isEqualTo(first.getHeaders().getFirst("X-Line-Request-Id"));
	}

	@Test
	void multicastRefusesMoreThanFiveHundredRecipients() {
		String to = IntStream.range(0, 501).mapToObj(i -> "\"U" + i + "\"").collect(Collectors.joining(","));
		ResponseEntity<String> response = post("/v2/bot/message/multicast",
				"{\"to\":[" + to + "],\"messages\":" + text("x") + "}", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void moreThanFiveMessagesAreRefused() {
		String six = "[" + IntStream.range(0, 6)
			.mapToObj(i -> "{\"type\":\"text\",\"text\":\"" + i + "\"}")
			.collect(Collectors.joining(",")) + "]";
		assertThat(post("/v2/bot/message/push", "{\"to\":\"" + USER + "\",\"messages\":" + six + "}", null)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aWrongAccessTokenIsUnauthorised() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth("stolen");
		ResponseEntity<String> response = http.postForEntity("/sandbox/line/v2/bot/message/broadcast",
				new HttpEntity<>("{\"messages\":" + text("x") + "}", headers), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void everyCallIsRecordedNewestLastWithTheDocumentedFields() {
		post("/v2/bot/message/push", "{\"to\":\"" + USER + "\",\"messages\":" + text("記録") + "}", null);
		JsonNode recorded = JsonMapper.shared().readTree(http.getForObject("/sandbox/line/requests", String.class));
		JsonNode newest = recorded.get(recorded.size() - 1);
		assertThat(newest.get("method").asString()).isEqualTo("POST");
		assertThat(newest.get("path").asString()).isEqualTo("/v2/bot/message/push");
		assertThat(newest.get("headers").get("authorization").asString()).isEqualTo("Bearer ****");
		assertThat(newest.get("body").asString()).contains("記録");
		assertThat(newest.get("at").asString()).isNotBlank();
	}

}
