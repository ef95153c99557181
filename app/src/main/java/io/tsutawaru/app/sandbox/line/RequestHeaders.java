package io.tsutawaru.app.sandbox.line;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request's headers for the call log, with the channel access token masked: the log is
 * shown on a page.
 */
final class RequestHeaders {

	private RequestHeaders() {
	}

	static Map<String, String> of(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			String value = request.getHeader(name);
			headers.put(name.toLowerCase(java.util.Locale.ROOT),
					"authorization".equalsIgnoreCase(name) ? mask(value) : value);
		}
		return headers;
	}

	private static String mask(String authorization) {
		return authorization != null && authorization.startsWith("Bearer ") ? "Bearer ****" : "****";
	}

}
