package io.tsutawaru.app.sandbox.line;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each sandbox resident's LINE app would show: the messages delivered to them by
 * reply, push, multicast or broadcast. The chat page reads it; keeping it apart from the
 * raw call log keeps both simple. It is kept in the data directory too, so that a demo's
 * chats survive a restart.
 */
public class ResidentInbox {

	/** Deliveries to everyone (broadcasts) carry this recipient. */
	static final String EVERYONE = "*";

	private final Deque<Delivered> delivered = new ArrayDeque<>();

	private final AtomicLong seq = new AtomicLong();

	private final int capacity;

	private final Clock clock;

	private final KeptLines<Delivered> file;

	/** {@code file} keeps the history between starts; what it holds is read back now. */
	public ResidentInbox(int capacity, Clock clock, Path file, JsonMapper json) {
		this.capacity = capacity;
		this.clock = clock;
		this.file = new KeptLines<>(file, json, capacity, delivered -> {
			ObjectNode node = json.createObjectNode();
			node.put("seq", delivered.seq());
			node.put("userId", delivered.userId());
			node.put("via", delivered.via());
			node.set("message", delivered.message());
			node.put("at", delivered.at().toString());
			return node;
		}, node -> new Delivered(node.path("seq").asLong(), node.path("userId").asString(), node.path("via").asString(),
				node.path("message"), Instant.parse(node.path("at").asString())));
		delivered.addAll(this.file.load());
		// Numbers go on from the last one kept, so a chat page open across the restart
		// misses nothing.
		seq.set(delivered.isEmpty() ? 0 : delivered.getLast().seq());
	}

	/**
	 * @return the delivered message's number
	 */
	synchronized long deliver(String userId, String via, JsonNode message) {
		Delivered added = new Delivered(seq.incrementAndGet(), userId, via, message, clock.instant());
		delivered.addLast(added);
		if (delivered.size() > capacity) {
			delivered.removeFirst();
		}
		file.append(added, delivered);
		return added.seq();
	}

	/**
	 * Messages for {@code userId} (and broadcasts) numbered above {@code after}, oldest
	 * first.
	 */
	public synchronized List<Delivered> forResident(String userId, long after) {
		return delivered.stream()
			.filter(d -> d.seq() > after && (d.userId().equals(userId) || d.userId().equals(EVERYONE)))
			.toList();
	}

	/**
	 * One message as a resident received it; {@code via} is reply, push, multicast or
	 * broadcast.
	 */
	public record Delivered(long seq, String userId, String via, JsonNode message, Instant at) {
	}

}
