package io.tsutawaru.infrastructure.line;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.client.base.http.HttpChain;
import com.linecorp.bot.client.base.http.HttpInterceptor;
import com.linecorp.bot.client.base.http.HttpResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every call to the LINE API (the notifier's multicasts and broadcasts, the bot's
 * replies, pushes, profiles and contents) by what came of it, so that LINE's 429s show as
 * {@code outcome=rate_limited}. The path is not a tag: profile and content paths carry a
 * resident's id or a message's.
 */
final class LineRequestMeter implements HttpInterceptor {

	static final String NAME = "tsutawaru.line.requests";

	static final String[] OUTCOMES = { "ok", "rate_limited", "client_error", "server_error", "unreachable" };

	private final MeterRegistry registry;

	LineRequestMeter(MeterRegistry registry) {
		this.registry = registry;
		for (String outcome : OUTCOMES) {
			timer(outcome);
		}
	}

	@Override
	public HttpResponse intercept(HttpChain chain) throws IOException {
		long start = System.nanoTime();
		String outcome = "unreachable";
		try {
			HttpResponse response = chain.proceed(chain.request());
			outcome = outcome(response.code());
			return response;
		}
		catch (AbstractLineClientException refused) {
			// The SDK turns an error status into this exception below us, so LINE's
			// answer is read from it.
			outcome = outcome(refused.getCode());
			throw refused;
		}
		finally {
			timer(outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	static String outcome(int status) {
		if (status == 429) {
			return "rate_limited";
		}
		if (status >= 500) {
			return "server_error";
		}
		return status >= 400 ? "client_error" : "ok";
	}

	private Timer timer(String outcome) {
		return Timer.builder(NAME)
			.description("Calls to the LINE API by what came of them (rate_limited: LINE's 429)")
			.tag("outcome", outcome)
			.register(registry);
	}

}
