package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeDraft.Translation;
import io.tsutawaru.notifier.NoticeNotFoundException;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.PublishedNotices;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published versions of notices: written once at publication, then only read, by the
 * channels, the public pages and the CAP documents.
 */
@Component
class NoticeDocuments implements PublishedNotices {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final NoticeTable notices;

	NoticeDocuments(JdbcClient jdbc, NoticeTable notices) {
		this.jdbc = jdbc;
		this.notices = notices;
	}

	/**
	 * Writes what a version says: the notice's text, or for a cancellation the
	 * cancellation's own, and its reason.
	 */
	void write(long noticeId, int revision, MessageType type, NoticeDraft says, String reason, Instant at) {
		jdbc.sql(
				"INSERT INTO notice_revisions (notice_id, revision, msg_type, title, body, translations, published_at, reason) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(noticeId, revision, type.name(), says.title(), says.body(),
					JSON.writeValueAsString(says.translations()), NoticeTable.at(at), reason)
			.update();
	}

	/** One published version. */
	@Override
	public PublishedNotice revision(long noticeId, int revision) {
		return revisions(noticeId).stream()
			.filter(p -> p.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new NoticeNotFoundException(noticeId));
	}

	/** The latest published version, if the notice was published. */
	@Override
	public Optional<PublishedNotice> latest(long noticeId) {
		List<PublishedNotice> all = revisions(noticeId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** Every published version, oldest first. */
	@Override
	public List<PublishedNotice> revisions(long noticeId) {
		NoticeRow notice = notices.find(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
		List<Object[]> rows = jdbc
			.sql("SELECT revision, msg_type, title, body, translations, published_at, reason "
					+ "FROM notice_revisions WHERE notice_id = ? ORDER BY revision")
			.param(noticeId)
			.query((rs,
					n) -> new Object[] { rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7) })
			.list();
		Instant first = rows.isEmpty() ? null : (Instant) rows.get(0)[5];
		return rows.stream().map(r -> {
			NoticeDraft d = notice.draft();
			Map<String, Translation> translations = JSON.readValue((String) r[4],
					new TypeReference<Map<String, Translation>>() {
					});
			var content = new NoticeDraft((String) r[2], (String) r[3], d.link(), d.severity(), d.status(), d.topic(),
					d.channels(), d.segmentRule(), translations, d.areaNames(), d.areaCodes(), d.sendAt(),
					d.expiresAt(), false, d.kind())
				.asking(d.confirmation(), d.escalateAfterMinutes());
			return new PublishedNotice(noticeId, (Integer) r[0], MessageType.valueOf((String) r[1]), content,
					(Instant) r[5], first, (String) r[6]);
		}).toList();
	}

	/** Notices published most recently first, with their latest version. */
	@Override
	public List<PublishedNotice> recentlyPublished(int limit) {
		return jdbc.sql("SELECT id FROM notices WHERE revision > 0 ORDER BY sent_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(id -> latest(id).stream())
			.toList();
	}

	@Override
	public List<Long> askingFirstPublishedBetween(Instant after, Instant before) {
		return jdbc.sql("SELECT id FROM notices WHERE revision > 0 AND confirmation <> 'NONE' "
				+ "AND escalate_after_minutes IS NOT NULL AND state <> 'CANCELLED' AND sent_at > ? AND sent_at <= ? "
				+ "ORDER BY sent_at, id")
			.params(after.atOffset(ZoneOffset.UTC), before.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
	}

	/**
	 * Notices published on a channel, most recently changed first, with every version,
	 * oldest first. Channels are stored one per line, so the LIKE matches a whole line.
	 */
	@Override
	public List<List<PublishedNotice>> recentlyPublishedOn(Channel channel, int limit) {
		return jdbc
			.sql("SELECT id FROM notices WHERE revision > 0 AND ('\n' || channels || '\n') LIKE ? "
					+ "ORDER BY updated_at DESC, id DESC LIMIT ?")
			.params("%\n" + channel.id() + "\n%", limit)
			.query(Long.class)
			.list()
			.stream()
			.map(this::revisions)
			.toList();
	}

}
