package io.tsutawaru.app.sandbox;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@AutoConfigureTestRestTemplate
class SandboxSubscribersTests extends ServiceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestRestTemplate http;

	private JsonNode reachOfEveryone() {
		String body = http.withBasicAuth("pr", "pr-password")
			.getForObject("/api/segments/preview?rule=all", String.class);
		return JSON.readTree(body);
	}

	@Test
	void createsTheRequestedNumberOfResidentsReachableBySegments() {
		JsonNode before = reachOfEveryone();
		ResponseEntity<String> created = http.postForEntity("/sandbox/subscribers?count=500&seed=7", null,
				String.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(JSON.readTree(created.getBody()).get("created").asInt()).isEqualTo(500);

		JsonNode after = reachOfEveryone();
		int lineGain = after.get("line").asInt() - before.get("line").asInt();
		int emailGain = after.get("email").asInt() - before.get("email").asInt();
		// Most made-up residents follow on LINE, a good share has a confirmed address, a
		// few have left.
		assertThat(lineGain).isBetween(350, 480);
		assertThat(emailGain).isBetween(100, 300);
	}

	@Test
	void refusesCountsOutsideTheLimitsWithAProblemDetail() {
		for (String count : new String[] { "0", "-3", "2000001" }) {
			ResponseEntity<String> refused = http.postForEntity("/sandbox/subscribers?count=" + count, null,
					String.class);
			assertThat(refused.getStatusCode().value()).isEqualTo(400);
			assertThat(refused.getBody()).contains("count must be between 1 and 2000000");
		}
		assertThat(http.postForEntity("/sandbox/subscribers?count=many", null, String.class).getStatusCode().value())
			.isEqualTo(400);
	}

}
