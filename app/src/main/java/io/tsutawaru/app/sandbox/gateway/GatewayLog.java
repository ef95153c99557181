package io.tsutawaru.app.sandbox.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** What the sandbox gateways received, newest last, bounded like the LINE call log. */
public class GatewayLog {

	private final Deque<Received> received = new ArrayDeque<>();

	private final int capacity;

	private final Clock clock;

	private long lastSeq;

	public GatewayLog(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	synchronized Received record(String gateway, String contentType, String body) {
		Received entry = new Received(++lastSeq, gateway, contentType, body, clock.instant());
		received.addLast(entry);
		if (received.size() > capacity) {
			received.removeFirst();
		}
		return entry;
	}

	/**
	 * Everything kept for one gateway (or all, when {@code gateway} is null), oldest
	 * first.
	 */
	public synchronized List<Received> of(String gateway) {
		return received.stream().filter(r -> gateway == null || r.gateway().equals(gateway)).toList();
	}

	/** One document a gateway received. */
	public record Received(long seq, String gateway, String contentType, String body, Instant at) {
	}

}
