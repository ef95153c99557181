package io.tsutawaru.notifier.publishing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.LocalServers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy, as the README says for production
 * ({@code server.forward-headers-strategy=native}: the server takes the client's address
 * from the proxy's {@code X-Forwarded-For}): the limit counts each client the proxy
 * forwards, not the proxy's one address. Through the real server, as the proxy would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class AnswerPagesBehindAProxyTests extends LocalServers {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void eachForwardedClientHasItsOwnLimit() throws Exception {
		for (int i = 0; i < 30; i++) {
			assertThat(status("198.51.100.7")).as("request %d", i + 1).isEqualTo(404);
		}
		assertThat(status("198.51.100.7")).isEqualTo(429);

		assertThat(status("198.51.100.8")).as("another client behind the same proxy").isEqualTo(404);
	}

	private int status(String client) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/answers/v1.not-a-token"))
			.header("X-Forwarded-For", client)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
