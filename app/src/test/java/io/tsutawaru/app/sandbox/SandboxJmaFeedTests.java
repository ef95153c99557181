package io.tsutawaru.app.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox's stand-in for JMA's PULL feeds (issue 17): a telegram posted is on the
 * feed like JMA's (Atom, Last-Modified, 304 for If-Modified-Since), the service's own
 * poller fetches it, and {@code GET /api/jma/telegrams} lists it with exactly the fields
 * other tools rely on. The telegram (震度3 in 北海道) is one the sandbox's rules ignore: this
 * context is shared, and no other test should find an alert it did not send.
 */
class SandboxJmaFeedTests extends ServiceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestRestTemplate http;

	@Test
	void aPublishedTelegramIsOnTheFeedFetchedByThePollerAndListedForEmergencyStaff() throws IOException {
		byte[] telegram = resource("jma/9b43a982-fecf-3866-95e7-c375226a7c87.xml");
		ResponseEntity<String> published = post(telegram);
		assertThat(published.getStatusCode().value()).isEqualTo(201);
		JsonNode receipt = JSON.readTree(published.getBody());
		assertThat(receipt.path("feed").asString()).isEqualTo("eqvol");
		assertThat(receipt.path("title").asString()).isEqualTo("震度速報");
		URI location = published.getHeaders().getLocation();
		assertThat(http.getForObject(location.getPath(), byte[].class)).isEqualTo(telegram);

		ResponseEntity<String> feed = http.getForEntity("/sandbox/jma/feeds/eqvol.xml", String.class);
		assertThat(feed.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
		assertThat(feed.getBody()).contains("<id>urn:uuid:" + receipt.path("id").asString() + "</id>")
			.contains(location.toString());
		HttpHeaders conditional = new HttpHeaders();
		conditional.set(HttpHeaders.IF_MODIFIED_SINCE, feed.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED));
		assertThat(http
			.exchange("/sandbox/jma/feeds/eqvol.xml", HttpMethod.GET, new HttpEntity<>(conditional), String.class)
			.getStatusCode()
			.value()).isEqualTo(304);
		assertThat(post(telegram).getStatusCode().value()).as("the same telegram again is the same entry")
			.isEqualTo(201);
		assertThat(http.getForObject("/sandbox/jma/feeds/eqvol.xml", String.class)
			.split("urn:uuid:" + receipt.path("id").asString(), -1)).hasSize(2);

		await().untilAsserted(() -> assertThat(telegrams()).anySatisfy(row -> {
			assertThat(row.path("title").asString()).isEqualTo("震度速報");
			assertThat(row.path("receivedAt").isString()).isTrue();
		}));
		JsonNode row = telegrams().get(0);
		assertThat(row.propertyNames()).containsExactlyInAnyOrder("id", "title", "infoKind", "infoType", "status",
				"eventId", "receivedAt", "action", "reason", "noticeId");
		assertThat(row.path("action").asString()).isIn("sent", "drafted", "updated", "cancelled", "ignored");
		assertThat(http.withBasicAuth("pr", "pr-password")
			.getForEntity("/api/jma/telegrams", String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void whatIsNotATelegramIsRefusedWithAProblem() {
		for (String body : List.of("", "not xml", "<html><body>地震</body></html>", "<Report><Control>")) {
			ResponseEntity<String> refused = post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(refused.getStatusCode().value()).as(body).isEqualTo(400);
			assertThat(refused.getHeaders().getContentType().toString()).as(body)
				.startsWith("application/problem+json");
		}
	}

	private ResponseEntity<String> post(byte[] xml) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_XML);
		return http.postForEntity("/sandbox/jma/telegrams", new HttpEntity<>(xml, headers), String.class);
	}

	private JsonNode telegrams() {
		return JSON.readTree(
				http.withBasicAuth("emergency", "emergency-password").getForObject("/api/jma/telegrams", String.class));
	}

	static byte[] resource(String name) throws IOException {
		try (InputStream in = SandboxJmaFeedTests.class.getClassLoader().getResourceAsStream(name)) {
			return in.readAllBytes();
		}
	}

}
