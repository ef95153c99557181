package io.tsutawaru.app.sandbox.line;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * What each sandbox resident's LINE app would show: the messages delivered to them by reply, push, multicast or
 * broadcast. The chat page reads it; keeping it apart from the raw call log keeps both simple.
 */
public class ResidentInbox {

	/** Deliveries to everyone (broadcasts) carry this recipient. */
	static final String EVERYONE = "*";

	private final Deque<Delivered> delivered = new ArrayDeque<>();

	private final AtomicLong seq = new AtomicLong();

	private final int capacity;

	private final Clock clock;

	public ResidentInbox(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	synchronized void deliver(String userId, String via, JsonNode message) {
		delivered.addLast(new Delivered(seq.incrementAndGet(), userId, via, message, clock.instant()));
		if (delivered.size() > capacity) {
			delivered.removeFirst();
		}
	}

	/** Messages for {@code userId} (and broadcasts) numbered above {@code after}, oldest first. */
	public synchronized List<Delivered> forResident(String userId, long after) {
		return delivered.stream()
			.filter(d -> d.seq() > after && (d.userId().equals(userId) || d.userId().equals(EVERYONE)))
			.toList();
	}

	/** One message as a resident received it; {@code via} is reply, push, multicast or broadcast. */
	public record Delivered(long seq, String userId, String via, JsonNode message, Instant at) {
	}

}
