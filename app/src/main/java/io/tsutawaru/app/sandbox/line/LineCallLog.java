package io.tsutawaru.app.sandbox.line;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The calls the LINE sandbox received, newest last. Bounded, so a benchmark that multicasts to a million
 * residents cannot exhaust the memory of a demo: the oldest calls are forgotten first.
 */
public class LineCallLog {

	private final Deque<RecordedCall> calls = new ArrayDeque<>();

	private final int capacity;

	private final Clock clock;

	private long lastSeq;

	public LineCallLog(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	synchronized RecordedCall record(String method, String path, Map<String, String> headers, String body) {
		RecordedCall call = new RecordedCall(++lastSeq, method, path, Map.copyOf(headers), body, clock.instant());
		calls.addLast(call);
		if (calls.size() > capacity) {
			calls.removeFirst();
		}
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
	}

}
