package io.tsutawaru.app.reliability.input;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segment rules with every kind of syntax error, through the API staff and scripts use:
 * the preview ({@code GET /api/segments/preview}) and a notice
 * ({@code POST /api/notices}). Each is an RFC 9457 problem detail (400, title "Invalid
 * segment rule") with the position of the first problem; thousands of generated
 * misspellings of a valid rule, and nesting deeper than any person writes, are never a
 * 5xx.
 */
class SegmentRuleInputTests extends ServiceTest {

	private static final String VALID = "area in (\"北部\", \"中央\") and \"防災\" in interests and not language = \"en\"";

	@Autowired
	TestRestTemplate http;

	/** A rule, the position of its first problem, and words the message must contain. */
	record Broken(String rule, int position, String message) {
	}

	static final List<Broken> BROKEN = List.of(new Broken("", 0, "empty"), new Broken("   ", 0, "empty"),
			new Broken("area in (\"北部\"", 13, "Expected ',' or ')'"),
			new Broken("area = 北部", 7, "Expected a value in double quotes"),
			new Broken("area = \"北部\" & language = \"ja\"", 12, "Unexpected character"),
			new Broken("area = \"北部\" und language = \"ja\"", 12, "Expected \"and\", \"or\""),
			new Broken("age = \"30代", 6, "not closed"), new Broken("area = \"北部\" and", 15, "end of the rule"),
			new Broken("district = \"北部\"", 0, "Unknown attribute 'district'"),
			new Broken("area in (\"北部\", \"北區\")", 15, "Unknown area"),
			new Broken("\"釣り\" in interests", 0, "Unknown interest"));

	private HttpHeaders staff() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("pr", "pr-password");
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON));
		return headers;
	}

	private ResponseEntity<Map> preview(String rule) {
		URI uri = UriComponentsBuilder.fromUriString(http.getRootUri() + "/api/segments/preview")
			.queryParam("rule", rule)
			.encode()
			.build()
			.toUri();
		return http.exchange(uri, org.springframework.http.HttpMethod.GET, new HttpEntity<>(staff()), Map.class);
	}

	private ResponseEntity<Map> draftNotice(String rule) {
		Map<String, Object> notice = Map.of("title", "ルール確認", "body", "本文", "severity", "info", "channels",
				List.of("website"), "segmentRule", rule, "draft", true);
		return http.postForEntity("/api/notices", new HttpEntity<>(notice, staff()), Map.class);
	}

	@Test
	void everySyntaxErrorIsAProblemDetailWithItsPosition() {
		for (Broken broken : BROKEN) {
			// A notice without a rule goes to everyone its channels reach; only the
			// preview insists on one.
			List<ResponseEntity<Map>> responses = broken.rule().isBlank() ? List.of(preview(broken.rule()))
					: List.of(preview(broken.rule()), draftNotice(broken.rule()));
			for (ResponseEntity<Map> response : responses) {
				assertThat(response.getStatusCode().value()).as(broken.rule()).isEqualTo(400);
				assertThat(response.getHeaders().getContentType()).as(broken.rule())
					.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(response.getBody()).as(broken.rule())
					.containsEntry("title", "Invalid segment rule")
					.containsEntry("position", broken.position());
				assertThat((String) response.getBody().get("detail")).as(broken.rule()).contains(broken.message());
			}
		}
	}

	@Test
	void generatedMisspellingsOfAValidRuleAreAnsweredOrPlacedNeverAFailure() {
		assertThat(preview(VALID).getStatusCode().value()).isEqualTo(200);
		Random random = new Random(20_261_123L);
		String alphabet = "()\"「」（）,、 =!andorinotlesa北部中央防災x\\*?";
		List<String> failures = new ArrayList<>();
		int rejected = 0;
		for (int i = 0; i < 300; i++) {
			StringBuilder rule = new StringBuilder(VALID);
			for (int edits = 1 + random.nextInt(3); edits > 0 && !rule.isEmpty(); edits--) {
				int at = random.nextInt(rule.length());
				switch (random.nextInt(3)) {
					case 0 -> rule.deleteCharAt(at);
					case 1 -> rule.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
					default -> rule.setLength(at);
				}
			}
			ResponseEntity<Map> response = preview(rule.toString());
			int status = response.getStatusCode().value();
			if (status == 400) {
				rejected++;
				Object position = response.getBody().get("position");
				if (!(position instanceof Integer at) || at < 0 || at > rule.length()) {
					failures.add("position " + position + " for " + rule);
				}
			}
			else if (status != 200) {
				failures.add(status + " for " + rule);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(rejected).as("most edits break the rule").isGreaterThan(150);
	}

	/**
	 * Issue 15, item 9: a rule of 100,000 terms was accepted and its count kept a core
	 * busy for 4.5 minutes. Rules of tens of thousands of conditions or values, or of
	 * half a million characters (each within the 1MB a request may have), are refused at
	 * once with the position where they grow too large. The preview takes only what fits
	 * into an address.
	 */
	@Test
	void rulesLargerThanAnyPersonWritesAreRefusedWithTheirPosition() {
		String condition = "area = \"北部\"";
		Map<String, String> rules = Map.of(String.join(" or ", java.util.Collections.nCopies(30_000, condition)),
				"longer than", String.join(" or ", java.util.Collections.nCopies(60, condition)), "conditions",
				"area in (" + String.join(",", java.util.Collections.nCopies(60_000, "\"北部\"")) + ")", "longer than",
				"area in (" + String.join(",", java.util.Collections.nCopies(300, "\"北部\"")) + ")", "values",
				"area = \"北部\"" + " ".repeat(500_000), "longer than");
		rules.forEach((rule, words) -> {
			List<ResponseEntity<Map>> responses = rule.length() < 2_000 ? List.of(preview(rule), draftNotice(rule))
					: List.of(draftNotice(rule));
			for (ResponseEntity<Map> response : responses) {
				assertThat(response.getStatusCode().value()).as(words).isEqualTo(400);
				assertThat(response.getBody()).as(words).containsEntry("title", "Invalid segment rule");
				assertThat((Integer) response.getBody().get("position")).as(words).isBetween(1, rule.length());
				assertThat((String) response.getBody().get("detail")).as(words).contains(words);
			}
		});
	}

	@Test
	void nestingDeeperThanAnyPersonWritesIsRefusedNotAFailure() {
		for (String rule : List.of("(".repeat(100_000) + "area = \"北部\"" + ")".repeat(100_000),
				"not ".repeat(100_000) + "area = \"北部\"", "(".repeat(100_000))) {
			ResponseEntity<Map> response = draftNotice(rule);
			assertThat(response.getStatusCode().value()).as(rule.substring(0, 20)).isEqualTo(400);
			assertThat(response.getBody()).containsEntry("title", "Invalid segment rule");
		}
	}

}
