package io.tsutawaru.infrastructure.line;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import com.linecorp.bot.client.base.ApiClientBuilder;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

/**
 * The LINE SDK clients, built on first use. Building lazily lets the sandbox endpoint
 * name the port the web server actually took (tests start on a random port), which is not
 * known while beans are being created.
 */
public class LineClients {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Supplier<MessagingApiClient> messaging;

	private final Supplier<MessagingApiBlobClient> blob;

	public LineClients(LineProperties properties, Environment environment) {
		this(properties, environment, new SimpleMeterRegistry());
	}

	/**
	 * @param meters where every call to LINE is timed by its outcome
	 * ({@code tsutawaru.line.requests})
	 */
	public LineClients(LineProperties properties, Environment environment, MeterRegistry meters) {
		LineRequestMeter meter = new LineRequestMeter(meters);
		this.messaging = SingletonSupplier.of(() -> configure(MessagingApiClient.builder(properties.channelToken()),
				properties.resolvedApiEndpoint(environment::resolveRequiredPlaceholders), meter)
			.build());
		this.blob = SingletonSupplier.of(() -> configure(MessagingApiBlobClient.builder(properties.channelToken()),
				properties.resolvedDataApiEndpoint(environment::resolveRequiredPlaceholders), meter)
			.build());
	}

	private static <T> ApiClientBuilder<T> configure(ApiClientBuilder<T> builder, URI endpoint,
			LineRequestMeter meter) {
		builder.apiEndPoint(endpoint).connectTimeout(TIMEOUT).readTimeout(TIMEOUT);
		builder.addInterceptor(meter);
		String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
		if (!path.isEmpty()) {
			builder.addInterceptor(new EndpointPathPrefix(path));
		}
		return builder;
	}

	/** Replies, pushes, multicasts, broadcasts, profiles. */
	public MessagingApiClient messaging() {
		return messaging.get();
	}

	/** Content residents send (images of reports). */
	public MessagingApiBlobClient blob() {
		return blob.get();
	}

}
