package io.tsutawaru.notifier.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.segment.OtherChannels;
import io.tsutawaru.notifier.segment.SegmentQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the escalation batches of a chunk of subscribers in the database, set-based: one
 * {@code INSERT … SELECT} groups the chunk's unanswered residents by their other channel
 * and language and cuts them into batches of the channel's size, in the ledger's own
 * format (one line per recipient), so a hundred thousand residents are not shipped to the
 * JVM and back. The same SQL runs on H2 (the sandbox) and PostgreSQL.
 */
@Component
class EscalationBatches {

	private final JdbcClient jdbc;

	private final SegmentQueries segments;

	private final NotifierProperties properties;

	EscalationBatches(JdbcClient jdbc, SegmentQueries segments, NotifierProperties properties) {
		this.jdbc = jdbc;
		this.segments = segments;
		this.properties = properties;
	}

	/**
	 * What one chunk wrote: the batches to queue, the last subscriber it covered, whether
	 * it was the last, and the residents it found per other channel or with none.
	 */
	record Chunk(List<Long> batchIds, long lastSubscriberId, boolean complete, long line, long email,
			long noOtherChannel) {
	}

	/**
	 * Writes the batches of the residents among the next {@code limit} subscribers after
	 * {@code afterId} whom {@code notice} reached, who registered before it was first
	 * published and have not answered it.
	 */
	Chunk write(PublishedNotice notice, Instant firstPublished, long afterId, int limit) {
		long[] bounds = jdbc
			.sql("SELECT COUNT(*), MAX(id) FROM (SELECT id FROM subscribers WHERE id > ? ORDER BY id LIMIT ?) c")
			.params(afterId, limit)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		if (bounds[0] == 0) {
			return new Chunk(List.of(), afterId, true, 0, 0, 0);
		}
		long last = bounds[1];
		OtherChannels other = OtherChannels.of(segments.parse(notice.content().segmentRule()),
				notice.content().channels(), afterId);
		String unanswered = " FROM subscribers s WHERE s.id > ? AND s.id <= ? AND s.created_at <= ? AND "
				+ other.reached()
				+ " AND NOT EXISTS (SELECT 1 FROM safety_answers a WHERE a.notice_id = ? AND a.subscriber_id = s.id)";
		List<Object> where = new ArrayList<>(List.of(afterId, last, firstPublished.atOffset(ZoneOffset.UTC)));
		where.addAll(other.params());
		where.add(notice.noticeId());
		long[] counts = jdbc
			.sql("SELECT COUNT(CASE WHEN " + other.line() + " THEN 1 END), COUNT(CASE WHEN " + other.email()
					+ " THEN 1 END), COUNT(CASE WHEN NOT " + other.line() + " AND NOT " + other.email() + " THEN 1 END)"
					+ unanswered)
			.params(where)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		List<Long> ids = counts[0] + counts[1] == 0 ? List.of() : insert(notice, other, unanswered, where);
		return new Chunk(ids, last, bounds[0] < limit, counts[0], counts[1], counts[2]);
	}

	private List<Long> insert(PublishedNotice notice, OtherChannels other, String unanswered, List<Object> where) {
		List<String> languages = List.copyOf(notice.content().translations().keySet());
		String translated = languages.isEmpty() ? "FALSE"
				: "s.language IN (" + String.join(", ", Collections.nCopies(languages.size(), "?")) + ")";
		List<Object> params = new ArrayList<>(List.of(notice.noticeId(), notice.revision(),
				notice.content().severity() == Severity.EMERGENCY, Instant.now().atOffset(ZoneOffset.UTC),
				properties.line().batchSize(), properties.fanOut().emailBatchSize()));
		params.addAll(languages);
		params.addAll(where);
		jdbc.sql(
				"INSERT INTO delivery_batches (notice_id, revision, channel, language, emergency, recipients, planned, "
						+ "state, retry_key, planned_at, escalation) "
						+ "SELECT ?, ?, r.channel, r.language, ?, STRING_AGG(r.id || CHR(9) || r.address || CHR(10), '' "
						+ "ORDER BY r.id), COUNT(*), 'PLANNED', CAST(GEN_RANDOM_UUID() AS VARCHAR(36)), ?, TRUE FROM "
						+ "(SELECT o.*, (ROW_NUMBER() OVER (PARTITION BY o.channel, o.language ORDER BY o.id) - 1) / "
						+ "CASE o.channel WHEN 'LINE' THEN ? ELSE ? END AS batch FROM (SELECT s.id, CASE WHEN "
						+ other.line() + " THEN 'LINE' ELSE 'EMAIL' END AS channel, CASE WHEN " + other.line()
						+ " THEN s.line_user_id ELSE s.email END AS address, CASE WHEN " + translated
						+ " THEN s.language ELSE 'ja' END AS language" + unanswered + " AND (" + other.line() + " OR "
						+ other.email() + ")) o) r GROUP BY r.channel, r.language, r.batch")
			.params(params)
			.update();
		// The batches just written: this transaction's, and any an earlier planner wrote
		// but died before queuing (queuing one twice still delivers it once).
		return jdbc
			.sql("SELECT id FROM delivery_batches WHERE notice_id = ? AND escalation AND state = ? AND queued = FALSE "
					+ "ORDER BY id")
			.params(notice.noticeId(), BatchTable.PLANNED)
			.query(Long.class)
			.list();
	}

}
