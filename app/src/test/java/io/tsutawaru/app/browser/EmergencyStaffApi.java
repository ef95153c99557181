package io.tsutawaru.app.browser;

import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices API as the demo's emergency staff account calls it, for tests that need an
 * alert sent or cancelled.
 */
public final class EmergencyStaffApi {

	private EmergencyStaffApi() {
	}

	/** JSON with the emergency account's basic authentication. */
	public static HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth("emergency", "emergency-password");
		return headers;
	}

	/**
	 * Cancels the alert, so that later tests' pages do not carry it as the current
	 * emergency.
	 */
	public static void cancel(TestRestTemplate http, long id, String reason) {
		assertThat(http
			.postForEntity("/api/notices/" + id + "/cancel", new HttpEntity<>(Map.of("reason", reason), headers()),
					Map.class)
			.getStatusCode()
			.value()).isEqualTo(200);
	}

}
