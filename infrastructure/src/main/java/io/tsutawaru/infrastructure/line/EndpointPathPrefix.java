package io.tsutawaru.infrastructure.line;

import java.io.IOException;

import com.linecorp.bot.client.base.http.HttpChain;
import com.linecorp.bot.client.base.http.HttpInterceptor;
import com.linecorp.bot.client.base.http.HttpRequest;
import com.linecorp.bot.client.base.http.HttpResponse;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The SDK calls absolute paths ({@code /v2/bot/...}), which drop any path the endpoint
 * has. The sandbox serves the LINE API below {@code /sandbox/line}, so this puts the
 * endpoint's path back in front of every call.
 */
final class EndpointPathPrefix implements HttpInterceptor {

	private final String prefix;

	/**
	 * @param prefix the endpoint's path without a trailing slash, e.g.
	 * {@code /sandbox/line}
	 */
	EndpointPathPrefix(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public HttpResponse intercept(HttpChain chain) throws IOException {
		Request request = chain.request().toOkHttpRequest();
		HttpUrl url = request.url();
		if (url.encodedPath().startsWith(prefix + "/")) {
			return chain.proceed(chain.request());
		}
		HttpUrl prefixed = url.newBuilder().encodedPath(prefix + url.encodedPath()).build();
		return chain.proceed(new HttpRequest.HttpRequestBuilder(request.newBuilder().url(prefixed)).build());
	}

}
