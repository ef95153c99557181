package io.tsutawaru.notifier.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.tsutawaru.notifier.delivery.DeliveryOutcome;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Posts a document to an outside gateway (L-Alert, disaster radio, a CMS, a WebSub hub) and says what the answer
 * means for delivery: 2xx accepted, 429 and 5xx (or no answer) retried, any other status refused. URLs are resolved
 * on every call because the sandbox receivers name {@code ${local.server.port}}, known only once the server runs.
 */
@Component
public class GatewayPoster {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Environment environment;

	GatewayPoster(Environment environment) {
		this.environment = environment;
	}

	/** Whether a gateway URL is configured at all. */
	public boolean configured(String url) {
		return url != null && !url.isBlank();
	}

	/**
	 * Posts the body and maps the answer to an outcome.
	 *
	 * @param url the gateway, possibly with placeholders
	 * @param contentType e.g. {@code application/xml; charset=UTF-8}
	 * @param what a name for the document in reasons, e.g. "L-Alert"
	 */
	public DeliveryOutcome post(String url, String contentType, String body, String what) {
		if (!configured(url)) {
			return new DeliveryOutcome.Rejected("No " + what + " gateway is configured");
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(environment.resolvePlaceholders(url.strip())))
			.timeout(TIMEOUT)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return outcome(response, what);
		}
		catch (IOException ex) {
			return new DeliveryOutcome.Retry(DEFAULT_BACKOFF, what + " unreachable: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new DeliveryOutcome.Retry(DEFAULT_BACKOFF, "interrupted");
		}
	}

	private static DeliveryOutcome outcome(HttpResponse<String> response, String what) {
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return DeliveryOutcome.Sent.all(1);
		}
		String reason = what + " answered " + status;
		if (status == 429 || status >= 500) {
			return new DeliveryOutcome.Retry(retryAfter(response), reason);
		}
		return new DeliveryOutcome.Rejected(reason);
	}

	private static Duration retryAfter(HttpResponse<String> response) {
		try {
			return response.headers()
				.firstValue("Retry-After")
				.map(value -> Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))))
				.orElse(DEFAULT_BACKOFF);
		}
		catch (NumberFormatException ex) {
			return DEFAULT_BACKOFF;
		}
	}

}
