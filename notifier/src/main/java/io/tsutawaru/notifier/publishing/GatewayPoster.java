package io.tsutawaru.notifier.publishing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import io.tsutawaru.notifier.delivery.DeliveryOutcome;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Posts a document to an outside gateway (L-Alert, disaster radio, a CMS, a WebSub hub)
 * and says what the answer means for delivery: 2xx accepted, 429 and 5xx (or no answer)
 * retried, any other status refused. URLs are resolved on every call because the sandbox
 * receivers name {@code ${local.server.port}}, known only once the server runs. The
 * client is Spring's {@link RestClient} from the application's builder, so every call is
 * observed ({@code http.client.requests}, tagged by the gateway's host and the status,
 * never its path), over the JDK's HTTP client with the timeouts it always had.
 */
@Component
class GatewayPoster {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);

	private final RestClient http;

	private final Environment environment;

	GatewayPoster(Environment environment, ObjectProvider<RestClient.Builder> builders) {
		this.environment = environment;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(TIMEOUT);
		// Boot's builder is observed; a context without its auto-configuration gets a
		// plain, unobserved one.
		this.http = builders.getIfAvailable(RestClient::builder).requestFactory(requests).build();
	}

	/** Whether a gateway URL is configured at all. */
	boolean configured(String url) {
		return url != null && !url.isBlank();
	}

	/**
	 * Posts the body and maps the answer to an outcome.
	 * @param url the gateway, possibly with placeholders
	 * @param contentType e.g. {@code application/xml; charset=UTF-8}
	 * @param what a name for the document in reasons, e.g. "L-Alert"
	 */
	DeliveryOutcome post(String url, String contentType, String body, String what) {
		if (!configured(url)) {
			return new DeliveryOutcome.Rejected("No " + what + " gateway is configured");
		}
		URI gateway = URI.create(environment.resolvePlaceholders(url.strip()));
		try {
			// exchange, not retrieve: every status is an answer to map, none an
			// exception.
			return http.post()
				.uri(gateway)
				.header(HttpHeaders.CONTENT_TYPE, contentType)
				.body(body.getBytes(StandardCharsets.UTF_8))
				.exchange(
						(request, response) -> outcome(response.getStatusCode().value(), response.getHeaders(), what));
		}
		catch (ResourceAccessException ex) {
			if (Thread.currentThread().isInterrupted()) {
				return new DeliveryOutcome.Retry(DEFAULT_BACKOFF, "interrupted");
			}
			Throwable cause = ex.getCause() instanceof IOException io ? io : ex;
			return new DeliveryOutcome.Retry(DEFAULT_BACKOFF,
					what + " unreachable: " + cause.getClass().getSimpleName());
		}
	}

	private static DeliveryOutcome outcome(int status, HttpHeaders headers, String what) {
		if (status >= 200 && status < 300) {
			return DeliveryOutcome.Sent.all(1);
		}
		String reason = what + " answered " + status;
		if (status == 429 || status >= 500) {
			return new DeliveryOutcome.Retry(retryAfter(headers), reason);
		}
		return new DeliveryOutcome.Rejected(reason);
	}

	private static Duration retryAfter(HttpHeaders headers) {
		try {
			return Optional.ofNullable(headers.getFirst("Retry-After"))
				.map(value -> Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))))
				.orElse(DEFAULT_BACKOFF);
		}
		catch (NumberFormatException ex) {
			return DEFAULT_BACKOFF;
		}
	}

}
