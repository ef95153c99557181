package io.tsutawaru.jma.feed;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the feeds said, in the database every process shares: each feed's Last-Modified,
 * and each entry seen until its telegram is done. Nothing of it is kept only in memory,
 * so a restart or a second process carries on.
 */
@Component
class FeedLedger {

	private final JdbcClient jdbc;

	FeedLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An entry whose telegram is still to be fetched and acted on. */
	record Pending(long id, String key, String feed, URI link, String title, int attempts) {
	}

	Optional<String> lastModified(String feed) {
		return jdbc.sql("SELECT last_modified FROM jma_feeds WHERE url = ?").param(feed).query(String.class).optional();
	}

	/** Records how the feed answered; the Last-Modified only when it gave a new one. */
	void checked(String feed, String lastModified, String problem, Instant now) {
		String kept = lastModified == null ? lastModified(feed).orElse(null) : AtomEntries.clip(lastModified, 100);
		String clipped = problem == null ? null : AtomEntries.clip(problem, 500);
		int updated = jdbc.sql("UPDATE jma_feeds SET last_modified = ?, checked_at = ?, problem = ? WHERE url = ?")
			.params(kept, Timestamp.from(now), clipped, feed)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO jma_feeds (url, last_modified, checked_at, problem) VALUES (?, ?, ?, ?)")
					.params(feed, kept, Timestamp.from(now), clipped)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another process recorded the same feed at the same moment; its answer
				// is as good as ours.
			}
		}
	}

	/**
	 * Remembers an entry the first time any process sees it; true when it was new. One
	 * updated before {@code oldest} is remembered as done: history, not an alert.
	 */
	boolean seen(AtomEntries.Entry entry, String feed, Instant now, Instant oldest) {
		if (known(entry.key())) {
			return false;
		}
		try {
			jdbc.sql("INSERT INTO jma_feed_entries (entry_key, feed_url, link, title, updated_at, seen_at, done) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(entry.key(), feed, entry.link().toString(), entry.title(),
						entry.updated() == null ? null : Timestamp.from(entry.updated()), Timestamp.from(now),
						entry.updated() != null && entry.updated().isBefore(oldest))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private boolean known(String key) {
		return jdbc.sql("SELECT count(*) FROM jma_feed_entries WHERE entry_key = ?")
			.param(key)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Entries not yet done, oldest telegram first, so an event's first report is acted on
	 * before its later ones.
	 */
	List<Pending> pending(int limit) {
		return jdbc
			.sql("SELECT id, entry_key, feed_url, link, title, attempts FROM jma_feed_entries WHERE done = FALSE "
					+ "ORDER BY updated_at, id FETCH FIRST " + limit + " ROWS ONLY")
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("entry_key"), rs.getString("feed_url"),
					URI.create(rs.getString("link")), rs.getString("title"), rs.getInt("attempts")))
			.list();
	}

	void failed(long entryId, String problem) {
		jdbc.sql("UPDATE jma_feed_entries SET attempts = attempts + 1, problem = ? WHERE id = ?")
			.params(AtomEntries.clip(problem, 500), entryId)
			.update();
	}

	void done(long entryId) {
		jdbc.sql("UPDATE jma_feed_entries SET done = TRUE WHERE id = ?").param(entryId).update();
	}

}
