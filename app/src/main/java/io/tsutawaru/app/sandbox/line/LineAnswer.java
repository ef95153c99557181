package io.tsutawaru.app.sandbox.line;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** What the sandbox answers one call: status, JSON body and any extra headers. */
record LineAnswer(HttpStatus status, String body, Map<String, String> headers) {

	static LineAnswer ok(String body) {
		return new LineAnswer(HttpStatus.OK, body, Map.of());
	}

	static LineAnswer accepted() {
		return new LineAnswer(HttpStatus.ACCEPTED, "{}", Map.of());
	}

	static LineAnswer error(HttpStatus status, String message) {
		String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
		return new LineAnswer(status, "{\"message\":\"" + escaped + "\"}", Map.of());
	}

	LineAnswer withHeader(String name, String value) {
		Map<String, String> more = new HashMap<>(headers);
		more.put(name, value);
		return new LineAnswer(status, body, Map.copyOf(more));
	}

}
