package io.tsutawaru.app.reliability.input;

import java.net.URI;
import java.util.List;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers that keep a browser from being turned against residents and staff (issue 8,
 * security): on the public pages, the resident chat of the sandbox, the login page and
 * the console, a Content-Security-Policy that allows no inline or foreign script and no
 * framing, X-Content-Type-Options, X-Frame-Options and a Referrer-Policy that keeps
 * notice and console addresses on this site. The banner for the city's homepage is the
 * one thing read from other origins: its data carries an open CORS header (and no
 * credentials), its script a JavaScript type that {@code nosniff} lets run.
 * {@code MarkupInNoticesBrowserTests} checks in Chromium that it really does.
 */
class SecurityHeadersTests extends ServiceTest {

	static final List<String> PAGES = List.of("/notices", "/notices/999999999", "/notices?lang=en", "/sandbox/chat",
			"/login", "/console", "/notices/banner.json", "/notices/banner.js", "/notices/feed.atom", "/line/webhook");

	@Autowired
	TestRestTemplate http;

	private ResponseEntity<String> get(String path) {
		return http.withRedirects(HttpRedirects.DONT_FOLLOW)
			.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, HttpEntity.EMPTY, String.class);
	}

	@Test
	void everyPublicPageForbidsInlineScriptFramingAndSniffing() {
		for (String path : PAGES) {
			HttpHeaders headers = get(path).getHeaders();
			String policy = headers.getFirst("Content-Security-Policy");
			assertThat(policy).as("CSP of %s", path)
				.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
						"base-uri 'self'", "form-action 'self'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*");
			assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(headers.getFirst("Referrer-Policy")).as(path)
				.isIn("same-origin", "no-referrer", "strict-origin", "strict-origin-when-cross-origin");
		}
	}

	@Test
	void theBannerCanBeReadFromAnyOriginWithoutCredentials() {
		ResponseEntity<String> data = get("/notices/banner.json");
		assertThat(data.getStatusCode().value()).isEqualTo(200);
		assertThat(data.getHeaders().getFirst("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(data.getHeaders().getFirst("Access-Control-Allow-Credentials")).isNull();
		assertThat(data.getHeaders().getFirst("Cross-Origin-Resource-Policy")).isNull();

		ResponseEntity<String> script = get("/notices/banner.js");
		assertThat(script.getStatusCode().value()).isEqualTo(200);
		assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
		assertThat(script.getHeaders().getFirst("Cross-Origin-Resource-Policy")).isNull();
	}

	@Test
	void staffPagesAreNeverCachedAndOnlyTheBannerIsOpenToOtherOrigins() {
		HttpHeaders login = get("/login").getHeaders();
		assertThat(login.getFirst("Cache-Control")).contains("no-store");
		for (String path : List.of("/notices", "/login", "/sandbox/chat", "/api/notices")) {
			assertThat(get(path).getHeaders().getFirst("Access-Control-Allow-Origin")).as(path).isNull();
		}
	}

}
