package io.tsutawaru.app.sandbox.line;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calls the LINE sandbox received, newest last. Bounded, so a benchmark that
 * multicasts to a million residents cannot exhaust the memory of a demo: the oldest calls
 * are forgotten first. Kept in the data directory too, so that the console's sandbox page
 * shows the same calls after a restart.
 */
public class LineCallLog {

	private final Deque<RecordedCall> calls = new ArrayDeque<>();

	private final int capacity;

	private final Clock clock;

	private final KeptLines<RecordedCall> file;

	private long lastSeq;

	/** {@code file} keeps the calls between starts; what it holds is read back now. */
	public LineCallLog(int capacity, Clock clock, Path file, JsonMapper json) {
		this.capacity = capacity;
		this.clock = clock;
		this.file = new KeptLines<>(file, json, capacity, call -> {
			ObjectNode node = json.createObjectNode();
			node.put("seq", call.seq());
			node.put("method", call.method());
			node.put("path", call.path());
			ObjectNode headers = node.putObject("headers");
			call.headers().forEach(headers::put);
			node.put("body", call.body());
			node.put("at", call.at().toString());
			return node;
		}, LineCallLog::call);
		calls.addAll(this.file.load());
		// Numbers go on from the last one kept, so a page polling for newer calls misses
		// nothing.
		lastSeq = calls.isEmpty() ? 0 : calls.getLast().seq();
	}

	private static RecordedCall call(JsonNode node) {
		Map<String, String> headers = new LinkedHashMap<>();
		node.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
		return new RecordedCall(node.path("seq").asLong(), node.path("method").asString(), node.path("path").asString(),
				Map.copyOf(headers), node.path("body").isNull() ? null : node.path("body").asString(),
				Instant.parse(node.path("at").asString()));
	}

	synchronized RecordedCall record(String method, String path, Map<String, String> headers, String body) {
		RecordedCall call = new RecordedCall(++lastSeq, method, path, Map.copyOf(headers), body, clock.instant());
		calls.addLast(call);
		if (calls.size() > capacity) {
			calls.removeFirst();
		}
		file.append(call, calls);
		return call;
	}

	/** Every call still kept, oldest first. */
	public synchronized List<RecordedCall> all() {
		return List.copyOf(calls);
	}

	/** The calls recorded after the one numbered {@code seq}. */
	public synchronized List<RecordedCall> after(long seq) {
		return calls.stream().filter(call -> call.seq() > seq).toList();
	}

	public synchronized void clear() {
		calls.clear();
		file.clear();
	}

}
