package io.tsutawaru.app.jma;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.jma.JmaRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PUT} and {@code GET /api/jma/rules} on the whole service: the JSON of issue 17,
 * channels defaulting to every channel, and each invalid rule a 400 problem naming the
 * field, with nothing kept.
 */
class JmaRulesApiTests extends ServiceTest {

	private static final String RULES = """
			[{"name":"震度5弱以上","telegram":"震度速報","areaCodes":["220","221"],"minimum":"震度5弱","action":"send"},
			 {"name":"大雨特別警報","telegram":"気象警報・注意報","areaCodes":["0420200"],"minimum":"特別警報",
			  "action":"draft","channels":["line","website"],"segmentRule":"area = \\"北部\\""}]""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JmaRules rules;

	@Test
	void rulesAreReplacedAndReadBack() {
		ResponseEntity<String> put = put("emergency", "emergency-password", RULES);

		assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
		String read = http.withBasicAuth("admin", "admin-password").getForObject("/api/jma/rules", String.class);
		assertThat(read).contains("\"name\":\"震度5弱以上\"", "\"telegram\":\"震度速報\"", "\"areaCodes\":[\"220\",\"221\"]",
				"\"minimum\":\"震度5弱\"", "\"action\":\"send\"",
				"\"channels\":[\"cap\",\"email\",\"lalert\",\"line\",\"radio\",\"website\"]",
				"\"channels\":[\"line\",\"website\"]", "\"segmentRule\":\"area = \\\"北部\\\"\"", "\"action\":\"draft\"");
		assertThat(rules.all()).extracting(rule -> rule.name()).containsExactly("震度5弱以上", "大雨特別警報");
	}

	@Test
	void eachInvalidRuleIsAProblemNamingTheFieldAndNothingIsKept() {
		put("emergency", "emergency-password", RULES);

		assertProblem("[{\"name\":\"x\",\"telegram\":\"天気予報\",\"areaCodes\":[\"1\"],\"action\":\"send\"}]",
				"[0].telegram");
		assertProblem(RULES.replace("\"震度5弱\"", "\"震度8\""), "[0].minimum");
		assertProblem(RULES.replace("\"特別警報\"", "\"震度5弱\""), "[1].minimum");
		assertProblem(RULES.replace("[\"220\",\"221\"]", "[]"), "[0].areaCodes");
		assertProblem(RULES.replace("[\"220\",\"221\"]", "[\"220\",\"北部\"]"), "[0].areaCodes[1]");
		assertProblem(RULES.replace("\"website\"]", "\"fax\"]"), "[1].channels[1]");
		assertProblem(RULES.replace("\"action\":\"send\"", "\"action\":\"shout\""), "[0].action");
		assertProblem(RULES.replace("area = \\\"北部\\\"", "area = "), "[1].segmentRule");
		assertProblem(RULES.replace("大雨特別警報", "震度5弱以上"), "[1].name");
		assertThat(rules.all()).extracting(rule -> rule.name()).containsExactly("震度5弱以上", "大雨特別警報");
	}

	@Test
	void onlyEmergencyStaffAndAdministratorsMayChangeThem() {
		assertThat(put("pr", "pr-password", RULES).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("editor", "editor-password")
			.getForEntity("/api/jma/rules", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(put("admin", "admin-password", "[]").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private void assertProblem(String body, String field) {
		ResponseEntity<String> response = put("emergency", "emergency-password", body);
		assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("\"field\":\"" + field.replace("\\", "\\\\") + "\"");
	}

	private ResponseEntity<String> put(String user, String password, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth(user, password)
			.exchange("/api/jma/rules", HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
	}

}
