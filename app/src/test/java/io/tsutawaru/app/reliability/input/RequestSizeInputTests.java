package io.tsutawaru.app.reliability.input;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 10: requests larger than the service accepts (1MB) are refused with 413
 * before they are read, as a problem detail for the REST API and as the console's own
 * page for the console, whether they say their length or are sent in chunks; a notice
 * within the limit is read as before. A job run without a report is the console's "not
 * found" page, not a server error.
 */
class RequestSizeInputTests extends ServiceTest {

	private static final int THIRTY_MB = 30 * 1024 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aThirtyMegabyteNoticeIsRefusedBeforeItIsRead() throws Exception {
		byte[] notice = notice(THIRTY_MB);
		for (HttpRequest.BodyPublisher body : new HttpRequest.BodyPublisher[] {
				HttpRequest.BodyPublishers.ofByteArray(notice),
				// Without a length: sent in chunks, read up to the limit and no further.
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(notice)) }) {
			HttpResponse<String> response = send(
					request("/api/notices", "emergency:emergency-password").header("Content-Type", "application/json")
						.POST(body));
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValue("application/problem+json;charset=UTF-8");
			assertThat(response.body()).contains("\"title\":\"Request too large\"", "\"status\":413");
		}
	}

	@Test
	void aNoticeWithinTheLimitIsReadAsBefore() throws Exception {
		for (HttpRequest.BodyPublisher body : new HttpRequest.BodyPublisher[] {
				HttpRequest.BodyPublishers.ofByteArray(notice(900 * 1024)),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(notice(900 * 1024))) }) {
			HttpResponse<String> response = send(
					request("/api/notices", "emergency:emergency-password").header("Content-Type", "application/json")
						.POST(body));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		}
	}

	@Test
	void aTooLargeConsoleFormGetsTheConsolesPage() throws Exception {
		String form = "title=" + "a".repeat(2 * 1024 * 1024) + "&body=b";
		HttpResponse<String> response = send(request("/console/compose", "pr:pr-password")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("送られた内容が大きすぎます");
	}

	@Test
	void aJobRunWithoutAReportIsNotFound() throws Exception {
		HttpResponse<String> response = send(
				request("/console/admin/jobs/runs/987654321/report", "admin:admin-password")
					.header("Accept", "text/html")
					.GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("ページが見つかりません");
	}

	/**
	 * A draft notice to the website whose body makes the request {@code size} bytes long.
	 */
	private static byte[] notice(int size) {
		String head = "{\"title\":\"大きな本文\",\"channels\":[\"website\"],\"draft\":true,\"body\":\"";
		return (head + "a".repeat(size - head.getBytes(StandardCharsets.UTF_8).length - 2) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path, String credentials) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
