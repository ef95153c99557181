package io.tsutawaru.app.apidocs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.notifier.NoticeState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the running service serves at {@code /v3/api-docs}: it covers the
 * staff REST API and only that, says what each operation answers (problem details for
 * errors), and its schemas are what the API really sends.
 */
class StaffApiDocumentTests extends ServiceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PROBLEM = "#/components/schemas/ProblemDetail";

	@Autowired
	TestRestTemplate http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private JsonNode document() {
		ResponseEntity<String> response = http.withBasicAuth("pr", "pr-password")
			.getForEntity("/v3/api-docs", String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		return JSON.readTree(response.getBody());
	}

	private static JsonNode operation(JsonNode document, String method, String path) {
		JsonNode operation = document.path("paths").path(path).path(method);
		assertThat(operation.isMissingNode()).as(method + " " + path + " documented").isFalse();
		return operation;
	}

	/** The component schema a {@code $ref} names. */
	private static JsonNode schema(JsonNode document, JsonNode reference) {
		String ref = reference.path("$ref").asString();
		assertThat(ref).startsWith("#/components/schemas/");
		return document.at(ref.substring(1));
	}

	private static Set<String> properties(JsonNode schema) {
		return new TreeSet<>(schema.path("properties").propertyNames());
	}

	private static Set<String> keys(JsonNode json) {
		return new TreeSet<>(json.propertyNames());
	}

	@Test
	void documentsEveryStaffApiOperationAndNothingElse() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods()
			.forEach((info, handler) -> info.getPatternValues()
				.stream()
				.filter(pattern -> pattern.startsWith("/api/"))
				.forEach(pattern -> info.getMethodsCondition()
					.getMethods()
					// A variable's pattern ({mode:disaster|normal}) is the mapping's, not
					// the
					// document's path.
					.forEach(method -> mapped
						.add(method.name() + " " + pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}")))));
		Set<String> documented = new TreeSet<>();
		document().path("paths")
			.properties()
			.forEach(path -> path.getValue()
				.propertyNames()
				.forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

		assertThat(mapped).contains("POST /api/notices", "GET /api/notices/{id}", "GET /api/segments/preview");
		assertThat(documented).isEqualTo(mapped);
	}

	@Test
	void everyOperationHasASummaryAnAnswerAndProblemDetailsForItsErrors() {
		List<String> gaps = new ArrayList<>();
		document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			String name = entry.getKey() + " " + path.getKey();
			JsonNode operation = entry.getValue();
			JsonNode responses = operation.path("responses");
			if (operation.path("summary").asString("").isBlank()) {
				gaps.add(name + ": no summary");
			}
			if (responses.propertyNames().stream().noneMatch(code -> code.startsWith("2"))) {
				gaps.add(name + ": no success response");
			}
			if (!responses.has("401") || !responses.has("403")) {
				gaps.add(name + ": 401 or 403 missing");
			}
			responses.properties().forEach(response -> {
				JsonNode content = response.getValue().path("content");
				if (response.getKey().startsWith("4") && !content.path("application/problem+json")
					.path("schema")
					.path("$ref")
					.asString("")
					.equals(PROBLEM)) {
					gaps.add(name + " " + response.getKey() + ": not a problem detail");
				}
				if (response.getKey().startsWith("2") && !content.has("application/json")) {
					gaps.add(name + " " + response.getKey() + ": no JSON body");
				}
			});
		}));
		assertThat(gaps).isEmpty();
	}

	@Test
	void creatingANoticeAnswers201WithItsIdStatusAndAudience() {
		JsonNode document = document();
		JsonNode create = operation(document, "post", "/api/notices");

		assertThat(create.path("responses").propertyNames()).contains("201", "400", "401", "403").doesNotContain("200");
		JsonNode created = create.path("responses").path("201");
		assertThat(created.path("headers").has("Location")).isTrue();
		JsonNode receipt = schema(document, created.at("/content/application~1json/schema"));
		assertThat(properties(receipt)).containsExactlyInAnyOrder("id", "status", "audience");
		assertThat(properties(schema(document, receipt.at("/properties/audience")))).contains("line", "email");

		JsonNode request = schema(document, create.at("/requestBody/content/application~1json/schema"));
		assertThat(request.path("required").valueStream().map(JsonNode::asString)).contains("title", "body",
				"channels");
		assertThat(request.at("/properties/severity/enum").valueStream().map(JsonNode::asString))
			.containsExactly("info", "warning", "emergency");
		assertThat(request.at("/properties/channels/items/enum").valueStream().map(JsonNode::asString)).contains("line",
				"email", "website", "cap", "lalert", "radio");
		assertThat(create.at("/responses/403/description").asString()).contains("PR staff may not send an emergency");
	}

	@Test
	void aNoticeIsDocumentedWithItsPerChannelCountsAndEveryLifecycleStatus() {
		JsonNode document = document();
		JsonNode find = operation(document, "get", "/api/notices/{id}");
		assertThat(find.path("responses").propertyNames()).contains("200", "404");
		JsonNode notice = schema(document, find.at("/responses/200/content/application~1json/schema"));

		assertThat(properties(notice)).contains("id", "status", "audience", "channels", "revision");
		JsonNode progress = schema(document, notice.at("/properties/channels/additionalProperties"));
		assertThat(properties(progress)).containsExactlyInAnyOrder("planned", "sent", "failed");
		Set<String> lifecycle = new HashSet<>();
		for (NoticeState state : NoticeState.values()) {
			lifecycle.add(state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		assertThat(notice.at("/properties/status/enum").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(lifecycle);
	}

	@Test
	void returningANoticeToItsAuthorIsDocumentedWithItsCommentAndErrors() {
		JsonNode document = document();
		JsonNode reject = operation(document, "post", "/api/notices/{id}/reject");

		assertThat(reject.path("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409");
		assertThat(reject.at("/responses/400/description").asString()).contains("comment");
		JsonNode body = schema(document, reject.at("/requestBody/content/application~1json/schema"));
		assertThat(body.path("required").valueStream().map(JsonNode::asString)).containsExactly("comment");
		JsonNode notice = schema(document, reject.at("/responses/200/content/application~1json/schema"));
		assertThat(properties(notice)).contains("editedBy", "returned", "followUp");
		assertThat(properties(schema(document, notice.at("/properties/returned")))).containsExactlyInAnyOrder("by",
				"at", "comment");
		assertThat(operation(document, "post", "/api/notices/{id}/update").path("description").asString())
			.contains("back to awaiting approval", "held");
	}

	@Test
	void theSegmentPreviewTakesARuleAndAnswersTheAudiencePerChannel() {
		JsonNode document = document();
		JsonNode preview = operation(document, "get", "/api/segments/preview");

		JsonNode rule = preview.path("parameters")
			.valueStream()
			.filter(parameter -> parameter.path("name").asString().equals("rule"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.path("in").asString()).isEqualTo("query");
		assertThat(rule.path("required").asBoolean()).isTrue();
		JsonNode audience = schema(document, preview.at("/responses/200/content/application~1json/schema"));
		assertThat(properties(audience)).containsExactlyInAnyOrder("line", "email", "residents");
		assertThat(preview.at("/responses/400/description").asString()).contains("position");
		assertThat(preview.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo(PROBLEM);
		assertThat(properties(document.at("/components/schemas/ProblemDetail"))).contains("type", "title", "status",
				"detail", "instance", "position");
	}

	@Test
	void theExampleOfAnInvalidRuleIsWhatTheServiceAnswers() {
		JsonNode example = operation(document(), "get", "/api/segments/preview")
			.at("/responses/400/content/application~1problem+json/examples/unquoted/value");
		if (example.isString()) {
			example = JSON.readTree(example.asString());
		}
		ResponseEntity<String> answer = http.withBasicAuth("pr", "pr-password")
			.getForEntity("/api/segments/preview?rule={rule}", String.class, "area = 北部");

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(JSON.readTree(answer.getBody())).isEqualTo(example);
	}

	@Test
	void signingInIsDocumentedAsHttpBasicForScriptsOrTheConsoleSession() {
		JsonNode document = document();
		JsonNode schemes = document.at("/components/securitySchemes");

		assertThat(schemes.at("/basicAuth/type").asString()).isEqualTo("http");
		assertThat(schemes.at("/basicAuth/scheme").asString()).isEqualTo("basic");
		assertThat(schemes.at("/consoleSession/type").asString()).isEqualTo("apiKey");
		assertThat(schemes.at("/consoleSession/in").asString()).isEqualTo("cookie");
		assertThat(schemes.at("/consoleSession/name").asString()).isEqualTo("JSESSIONID");
		assertThat(document.path("security").valueStream().flatMap(requirement -> requirement.propertyNames().stream()))
			.containsExactlyInAnyOrder("basicAuth", "consoleSession");
		assertThat(document.at("/info/title").asString()).isEqualTo("tsutawaru staff API");
	}

	@Test
	void theDocumentedSchemasAreWhatTheApiAnswers() {
		JsonNode document = document();
		TestRestTemplate emergency = http.withBasicAuth("emergency", "emergency-password");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		// A draft sends nothing, so the notice touches no other test.
		ResponseEntity<String> created = emergency.postForEntity("/api/notices", new HttpEntity<>("""
				{"title":"文書の確認","body":"送信しません。","channels":["website"],"segmentRule":"area = \\"北部\\"",
				 "draft":true}""", headers), String.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		JsonNode receipt = JSON.readTree(created.getBody());
		assertThat(keys(receipt)).isEqualTo(properties(document.at("/components/schemas/NoticeReceipt")));
		assertThat(keys(receipt.path("audience"))).isEqualTo(properties(document.at("/components/schemas/Audience")));

		String location = created.getHeaders().getLocation().getPath();
		JsonNode notice = JSON.readTree(emergency.getForObject(location, String.class));
		assertThat(keys(notice)).isEqualTo(properties(document.at("/components/schemas/Notice")));
		assertThat(keys(notice.at("/channels/website")))
			.isEqualTo(properties(document.at("/components/schemas/ChannelProgress")));
		JsonNode history = JSON.readTree(emergency.getForObject(location + "/history", String.class));
		assertThat(history.size()).isPositive();
		assertThat(keys(history.get(0))).isEqualTo(properties(document.at("/components/schemas/AuditEntry")));
		JsonNode preview = JSON.readTree(emergency.getForObject("/api/segments/preview?rule=all", String.class));
		assertThat(keys(preview)).isEqualTo(properties(document.at("/components/schemas/Audience")));

		ResponseEntity<String> invalidRule = emergency.getForEntity("/api/segments/preview?rule={rule}", String.class,
				"area = ");
		assertThat(invalidRule.getStatusCode().value()).isEqualTo(400);
		assertThat(invalidRule.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = JSON.readTree(invalidRule.getBody());
		JsonNode problemSchema = document.at("/components/schemas/ProblemDetail");
		assertThat(properties(problemSchema)).containsAll(keys(problem));
		assertThat(keys(problem)).contains("title", "status", "detail", "position")
			.containsAll(problemSchema.path("required").valueStream().map(JsonNode::asString).toList());
	}

}
