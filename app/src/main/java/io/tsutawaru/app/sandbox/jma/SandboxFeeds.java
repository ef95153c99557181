package io.tsutawaru.app.sandbox.jma;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The telegrams published on the sandbox's feeds ({@code extra}, {@code eqvol}), newest
 * first, bounded like JMA's own feeds (which list the last few dozen). A telegram
 * published twice is one entry: its id is derived from its bytes, as JMA's entry is one
 * per telegram.
 */
class SandboxFeeds {

	private final int capacity;

	private final Clock clock;

	private final Map<String, Deque<Published>> feeds = new ConcurrentHashMap<>();

	private final Map<String, Instant> lastModified = new ConcurrentHashMap<>();

	SandboxFeeds(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	/** One telegram on a feed. */
	record Published(String id, String feed, String title, Instant updated, byte[] xml) {
	}

	/**
	 * Publishes the telegram (once: the same bytes again give the entry already there).
	 */
	synchronized Published publish(String feed, String title, byte[] xml) {
		String id = UUID.nameUUIDFromBytes(xml).toString();
		Optional<Published> known = telegram(id);
		if (known.isPresent()) {
			return known.get();
		}
		// Last-Modified has whole seconds: a feed changed twice within one second must
		// still say it changed after a
		// poll that came in between, or that poll's If-Modified-Since would hide the
		// second telegram.
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant previous = lastModified.get(feed);
		Instant modified = previous != null && !now.isAfter(previous) ? previous.plusSeconds(1) : now;
		Published published = new Published(id, feed, title, clock.instant(), xml.clone());
		Deque<Published> entries = feeds.computeIfAbsent(feed, name -> new ArrayDeque<>());
		entries.addFirst(published);
		if (entries.size() > capacity) {
			entries.removeLast();
		}
		lastModified.put(feed, modified);
		return published;
	}

	/** The feed's entries, newest first. */
	synchronized List<Published> entries(String feed) {
		return List.copyOf(feeds.getOrDefault(feed, new ArrayDeque<>()));
	}

	/** When the feed last changed, or empty when nothing was published on it. */
	Optional<Instant> lastModified(String feed) {
		return Optional.ofNullable(lastModified.get(feed));
	}

	synchronized Optional<Published> telegram(String id) {
		return feeds.values().stream().flatMap(Deque::stream).filter(entry -> entry.id().equals(id)).findFirst();
	}

}
