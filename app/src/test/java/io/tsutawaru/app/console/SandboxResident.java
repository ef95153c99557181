package io.tsutawaru.app.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident on the sandbox chat page, as its script calls the service: what they do, and
 * what they received.
 */
final class SandboxResident {

	private SandboxResident() {
	}

	/**
	 * Posts one action ({@code {"name":…,"type":"text",…}}), which the page signs and
	 * sends to the webhook.
	 */
	static void act(int port, String json) throws IOException, InterruptedException {
		HttpResponse<String> sent = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/chat/events"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(200);
	}

	/** The messages the resident received, as the page reads them (JSON). */
	static String messages(int port, String name) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/chat/messages?name="
					+ URLEncoder.encode(name, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
