package io.tsutawaru.app.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator's Prometheus scrapes after real work (a notice to LINE and e-mail
 * through the sandbox, a resident's question through the signed webhook, an L-Alert
 * document to the sandbox gateway): the service's own meters show that work, and every
 * metric the shipped Grafana dashboard and alert rules name exists in the scrape, read
 * from those files so they cannot drift.
 */
@AutoConfigureTestRestTemplate
class OperatorMetricsTests extends ServiceTest {

	private static final Path DASHBOARD = Path.of("..", "docs", "ops", "grafana-dashboard.json");

	private static final Path ALERTS = Path.of("..", "docs", "ops", "alerts.yml");

	private static final Pattern METRIC = Pattern.compile("\\b(?:tsutawaru|http_client_requests)_[a-z0-9_]+");

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMetersShowRealWorkAndEveryMeterTheDashboardAndAlertsNameIsScraped() throws IOException {
		Scrape before = scrape();

		String userId = (String) chat("{\"name\":\"metrics\",\"type\":\"follow\"}").get("userId");
		chat("{\"name\":\"metrics\",\"type\":\"text\",\"text\":\"粗大ごみの出し方を教えてください\"}");
		residentWithConfirmedEmail();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth("emergency", "emergency-password");
		String notice = """
				{"title":"計器確認訓練","body":"メーターの確認です","severity":"emergency","status":"exercise",
				 "channels":["line","email","lalert"],"segmentRule":"all","areaNames":["北部"]}""";
		assertThat(http.postForEntity("/api/notices", new HttpEntity<>(notice, headers), String.class)
			.getStatusCode()
			.value()).isEqualTo(201);
		await().untilAsserted(() -> assertThat(http.getForObject("/sandbox/chat/messages?name=metrics", String.class))
			.contains("計器確認訓練")
			.contains("\"userId\":\"" + userId + "\""));

		await().untilAsserted(() -> {
			Scrape after = scrape();
			assertThat(after.increase(before, "tsutawaru_delivery_batches_total", "channel=line", "outcome=sent"))
				.isGreaterThanOrEqualTo(1);
			assertThat(after.increase(before, "tsutawaru_delivery_batches_total", "channel=email", "outcome=sent"))
				.isGreaterThanOrEqualTo(1);
			assertThat(after.increase(before, "tsutawaru_delivery_recipients_total", "channel=email", "outcome=sent"))
				.isGreaterThanOrEqualTo(1);
			assertThat(after.increase(before, "tsutawaru_delivery_first_request_seconds_count", "channel=line"))
				.isGreaterThanOrEqualTo(1);
			assertThat(after.increase(before, "tsutawaru_delivery_first_request_seconds_count", "channel=email"))
				.isGreaterThanOrEqualTo(1);
			assertThat(after.increase(before, "tsutawaru_line_requests_seconds_count", "outcome=ok"))
				.isGreaterThanOrEqualTo(2);
			assertThat(after.increase(before, "tsutawaru_webhook_acknowledgement_seconds_count", "outcome=accepted"))
				.isGreaterThanOrEqualTo(2);
			assertThat(after.increase(before, "tsutawaru_bot_questions_total")).isEqualTo(1);
			// The gateways' client is observed: Spring's meter of outgoing requests
			// counts the L-Alert post.
			assertThat(
					after.increase(before, "http_client_requests_seconds_count", "client_name=127.0.0.1", "status=200"))
				.isGreaterThanOrEqualTo(1);
			// Nothing is left waiting once the work is done.
			assertThat(after.value("tsutawaru_delivery_queue_waiting", "queue=emergency")).isZero();
			assertThat(after.value("tsutawaru_webhook_events_waiting")).isZero();
		});

		Set<String> scraped = scrape().names();
		Set<String> named = new TreeSet<>();
		named.addAll(metricsOf(dashboardExpressions()));
		named.addAll(metricsOf(alertExpressions()));
		assertThat(named).as("the dashboard and the alerts name meters").hasSizeGreaterThanOrEqualTo(10);
		assertThat(scraped).containsAll(named);
	}

	private Map<?, ?> chat(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.postForObject("/sandbox/chat/events", new HttpEntity<>(json, headers), Map.class);
	}

	private void residentWithConfirmedEmail() {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		jdbc.sql(
				"INSERT INTO subscribers (email, email_confirmed, language, active, created_at, updated_at) VALUES (?, TRUE, 'ja', TRUE, ?, ?)")
			.params("metrics-" + UUID.randomUUID() + "@example.jp", now, now)
			.update();
	}

	private Scrape scrape() {
		String text = http.withBasicAuth("admin", "admin-password").getForObject("/actuator/prometheus", String.class);
		assertThat(text).as("the scrape").isNotBlank();
		return new Scrape(text);
	}

	private static List<String> dashboardExpressions() throws IOException {
		JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
		List<String> expressions = dashboard.findValues("expr").stream().map(JsonNode::asText).toList();
		assertThat(expressions).as("expressions of " + DASHBOARD).isNotEmpty();
		return expressions;
	}

	@SuppressWarnings("unchecked")
	private static List<String> alertExpressions() throws IOException {
		Map<String, Object> rules = new Yaml().load(Files.readString(ALERTS));
		List<String> expressions = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
			for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
				expressions.add(String.valueOf(rule.get("expr")));
			}
		}
		assertThat(expressions).as("expressions of " + ALERTS).isNotEmpty();
		return expressions;
	}

	/**
	 * The metric names in PromQL expressions; an expression naming none of ours would
	 * escape the check.
	 */
	private static Set<String> metricsOf(List<String> expressions) {
		Set<String> names = new TreeSet<>();
		for (String expression : expressions) {
			Matcher matcher = METRIC.matcher(expression);
			List<String> found = new ArrayList<>();
			while (matcher.find()) {
				found.add(matcher.group());
			}
			assertThat(found).as("metrics of " + expression).isNotEmpty();
			names.addAll(found);
		}
		return names;
	}

	/**
	 * Prometheus's text format, read sample by sample: {@code name{label="value",...}
	 * number}.
	 */
	private record Scrape(String text) {

		Set<String> names() {
			Set<String> names = new TreeSet<>();
			text.lines()
				.filter(line -> !line.startsWith("#") && !line.isBlank())
				.forEach(line -> names.add(line.split("[{ ]", 2)[0]));
			return names;
		}

		/**
		 * The sum of the samples of this metric with these labels ({@code key=value}).
		 */
		double value(String name, String... labels) {
			double sum = 0;
			for (String line : text.lines().toList()) {
				if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
					continue;
				}
				boolean matches = true;
				for (String label : labels) {
					String[] pair = label.split("=", 2);
					matches &= line.contains(pair[0] + "=\"" + pair[1] + "\"");
				}
				if (matches) {
					sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			return sum;
		}

		double increase(Scrape before, String name, String... labels) {
			return value(name, labels) - before.value(name, labels);
		}

	}

}
