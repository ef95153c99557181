package io.tsutawaru.app.apidocs;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read the staff API's documentation: every member of staff, signed in with HTTP
 * Basic or with the console's session, and nobody else. Swagger UI's files are static
 * resources, which the enumeration of mapped endpoints in {@code EndpointAccessTests}
 * does not see, so they are checked here.
 */
class ApiDocumentAccessTests extends ServiceTest {

	private static final Map<String, String> STAFF = Map.of("pr", "pr-password", "emergency", "emergency-password",
			"editor", "editor-password", "desk", "desk-password", "admin", "admin-password");

	private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate http;

	@LocalServerPort
	int port;

	private TestRestTemplate anonymous() {
		return http.withRedirects(HttpRedirects.DONT_FOLLOW);
	}

	@Test
	void anonymousScriptsGetAProblemDetailInsteadOfTheDocument() {
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config" }) {
			ResponseEntity<String> refused = anonymous().getForEntity(path, String.class);
			assertThat(refused.getStatusCode().value()).as(path).isEqualTo(401);
			assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.as(path)
				.isTrue();
			assertThat(refused.getBody()).as(path).doesNotContain("openapi", "/api/notices");
		}
	}

	@Test
	void anonymousBrowsersAreSentToTheLoginPageInsteadOfSwaggerUi() {
		for (String path : new String[] { "/swagger-ui.html", "/swagger-ui/index.html",
				"/swagger-ui/swagger-initializer.js" }) {
			ResponseEntity<String> refused = anonymous().getForEntity(path, String.class);
			assertThat(refused.getStatusCode().is3xxRedirection()).as(path).isTrue();
			assertThat(refused.getHeaders().getLocation().getPath()).as(path).isEqualTo("/login");
		}
	}

	@Test
	void wrongPasswordsAreRefused() {
		assertThat(http.withBasicAuth("stranger", "a-guess")
			.getForEntity("/v3/api-docs", String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
	}

	@Test
	void everyStaffRoleReadsTheDocumentAndSwaggerUi() {
		STAFF.forEach((user, password) -> {
			TestRestTemplate staff = http.withBasicAuth(user, password);
			ResponseEntity<String> document = staff.getForEntity("/v3/api-docs", String.class);
			assertThat(document.getStatusCode().value()).as(user).isEqualTo(200);
			assertThat(document.getBody()).as(user).contains("\"openapi\":\"3.", "/api/notices");
			ResponseEntity<String> ui = staff.getForEntity("/swagger-ui/index.html", String.class);
			assertThat(ui.getStatusCode().value()).as(user).isEqualTo(200);
			assertThat(ui.getBody()).as(user).contains("swagger-ui-bundle.js");
			assertThat(staff.getForObject("/v3/api-docs/swagger-config", String.class)).as(user)
				.contains("\"url\":\"/v3/api-docs\"");
		});
	}

	/**
	 * What the document's consoleSession scheme says: the session reads, and changes need
	 * the CSRF token.
	 */
	@Test
	void theConsoleSessionReadsTheDocumentAndNeedsTheConsolesCsrfTokenToChangeThings() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		String token = csrfToken(get(browser, base + "/login").body());
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=emergency&password=emergency-password&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/console");

		assertThat(get(browser, base + "/v3/api-docs").statusCode()).isEqualTo(200);
		String draft = "{\"title\":\"確認\",\"body\":\"送信しません。\",\"channels\":[\"website\"],\"draft\":true}";
		assertThat(postJson(browser, base + "/api/notices", draft, null).statusCode()).isEqualTo(403);
		String consoleToken = csrfToken(get(browser, base + "/console").body());
		assertThat(postJson(browser, base + "/api/notices", draft, consoleToken).statusCode()).isEqualTo(201);
	}

	private static HttpResponse<String> get(HttpClient browser, String url) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> postJson(HttpClient browser, String url, String json, String csrfToken)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrfToken != null) {
			request.header("X-CSRF-TOKEN", csrfToken);
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfToken(String page) {
		Matcher matcher = CSRF_TOKEN.matcher(page);
		assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
		return matcher.group(1);
	}

}
