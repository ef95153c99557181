package io.tsutawaru.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@AutoConfigureTestRestTemplate
class StaffAccessTests extends ServiceTest {

	@Autowired
	TestRestTemplate http;

	@LocalServerPort
	int port;

	@Test
	void staffApiWithoutCredentialsIsUnauthorisedWithAProblemDetail() {
		ResponseEntity<String> response = http.getForEntity("/api/admin/anything", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
		assertThat(response.getBody()).contains("\"status\":401");
	}

	@Test
	void wrongPasswordIsUnauthorised() {
		assertThat(http.withBasicAuth("pr", "not-the-password")
			.getForEntity("/api/admin/anything", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void staffApiWithTheWrongRoleIsForbidden() {
		ResponseEntity<String> response = http.withBasicAuth("pr", "pr-password")
			.getForEntity("/api/admin/anything", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).contains("\"status\":403");
	}

	@Test
	void adminMayReachWhatEveryRoleMay() {
		assertThat(http.withBasicAuth("admin", "admin-password")
			.getForEntity("/console/emergency/", String.class)
			.getStatusCode()).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
	}

	@Test
	void metricsAreForStaffOnly() {
		assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> metrics = http.withBasicAuth("pr", "pr-password")
			.getForEntity("/actuator/prometheus", String.class);
		assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
	}

	@Test
	void consoleSendsABrowserToTheLoginPage() throws Exception {
		// The JDK client does not follow redirects, so the redirect itself can be seen.
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void lineWebhookIsReachableWithoutStaffCredentials() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = http.exchange("/line/webhook", HttpMethod.POST,
				new HttpEntity<>("{\"destination\":\"U1\",\"events\":[]}", headers), String.class);
		// Not turned away by staff security or CSRF: the bot itself judges the (missing)
		// signature.
		assertThat(response.getStatusCode()).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
	}

	@Test
	void publicPagesCarrySecurityHeaders() {
		ResponseEntity<String> response = http.getForEntity("/login", String.class);
		assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
	}

}
