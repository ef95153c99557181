package io.tsutawaru.app.sandbox.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;

/**
 * Posts a webhook body to this service's own {@code /line/webhook} over HTTP, signed with
 * the channel secret as LINE signs it, so the bot is reached through exactly the path
 * LINE's calls take.
 */
class SignedWebhook {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String channelSecret;

	private final Environment environment;

	SignedWebhook(String channelSecret, Environment environment) {
		this.channelSecret = channelSecret;
		this.environment = environment;
	}

	/** The status the webhook answered. */
	int post(String body) throws IOException, InterruptedException {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/line/webhook"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("X-Line-Signature", signature(body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** Base64 of the HMAC-SHA256 of the body, keyed with the channel secret. */
	String signature(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required of every JVM", ex);
		}
	}

}
