package io.tsutawaru.jma.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * GETs a feed (conditionally, with If-Modified-Since) or a telegram, and never lets a bad
 * server hold the poller: a body larger than the limit, or one still arriving when the
 * time is up (a server trickling bytes defeats a read timeout), is given up. The client
 * is Spring's {@link RestClient} from the application's builder, observed like the
 * notifier's gateways ({@code http.client.requests}).
 */
@Component
class FeedClient {

	private final RestClient http;

	private final Duration timeout;

	FeedClient(FeedProperties properties, ObjectProvider<RestClient.Builder> builders) {
		this.timeout = properties.timeout();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build());
		requests.setReadTimeout(timeout);
		this.http = builders.getIfAvailable(RestClient::builder).requestFactory(requests).build();
	}

	/**
	 * GETs a document of at most {@code maxBytes}.
	 * @param ifModifiedSince the Last-Modified the server gave last time, or null
	 */
	Download get(URI uri, String ifModifiedSince, long maxBytes) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			return http.get().uri(uri).headers(headers -> {
				if (ifModifiedSince != null && !ifModifiedSince.isBlank()) {
					headers.set(HttpHeaders.IF_MODIFIED_SINCE, ifModifiedSince);
				}
			}).exchange((request, response) -> {
				int status = response.getStatusCode().value();
				if (status == 304) {
					return new Download.NotModified();
				}
				if (status != 200) {
					return new Download.Failed("answered " + status);
				}
				long declared = response.getHeaders().getContentLength();
				if (declared > maxBytes) {
					return new Download.Failed("larger than " + maxBytes + " bytes");
				}
				return read(response.getBody(), maxBytes, deadline,
						response.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED));
			}, true);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			if (cause instanceof HttpTimeoutException) {
				return new Download.Failed("too slow");
			}
			return new Download.Failed("unreachable: " + cause.getClass().getSimpleName());
		}
	}

	private static Download read(InputStream body, long maxBytes, long deadline, String lastModified)
			throws IOException {
		byte[] buffer = new byte[(int) Math.min(maxBytes + 1, 64 * 1024)];
		int length = 0;
		while (true) {
			if (System.nanoTime() > deadline) {
				return new Download.Failed("too slow");
			}
			if (length == buffer.length) {
				if (length > maxBytes) {
					return new Download.Failed("larger than " + maxBytes + " bytes");
				}
				buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1, (long) buffer.length * 2));
			}
			int read = body.read(buffer, length, buffer.length - length);
			if (read < 0) {
				break;
			}
			length += read;
		}
		if (length > maxBytes) {
			return new Download.Failed("larger than " + maxBytes + " bytes");
		}
		return new Download.Fresh(Arrays.copyOf(buffer, length), lastModified);
	}

}
