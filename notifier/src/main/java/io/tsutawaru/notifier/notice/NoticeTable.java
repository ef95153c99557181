package io.tsutawaru.notifier.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeDraft.Translation;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.NoticeView.Returned;
import io.tsutawaru.notifier.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code notices} and {@code notice_translations}. Lists are stored one value per
 * line.
 */
@Repository
class NoticeTable {

	private final JdbcClient jdbc;

	NoticeTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NoticeDraft draft, NoticeState state, String author, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"INSERT INTO notices (title, body, link, severity, alert_status, topic, channels, segment_rule, area_names, "
						+ "area_codes, send_at, expires_at, state, created_by, created_at, updated_at, kind, "
						+ "confirmation, escalate_after_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(draft.title(), draft.body(), draft.link(), draft.severity().name(), draft.status().name(),
					draft.topic(), channels(draft), draft.segmentRule(), lines(draft.areaNames()),
					lines(draft.areaCodes()), at(draft.sendAt()), at(draft.expiresAt()), state.name(), author, at(now),
					at(now), draft.kind().id(), draft.confirmation().name(), draft.escalateAfterMinutes())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeTranslations(id, draft.translations());
		return id;
	}

	void updateDraft(long id, NoticeDraft draft, Instant now) {
		jdbc.sql(
				"UPDATE notices SET title = ?, body = ?, link = ?, severity = ?, alert_status = ?, topic = ?, channels = ?, "
						+ "segment_rule = ?, area_names = ?, area_codes = ?, send_at = ?, expires_at = ?, updated_at = ?, kind = ?, "
						+ "confirmation = ?, escalate_after_minutes = ? WHERE id = ?")
			.params(draft.title(), draft.body(), draft.link(), draft.severity().name(), draft.status().name(),
					draft.topic(), channels(draft), draft.segmentRule(), lines(draft.areaNames()),
					lines(draft.areaCodes()), at(draft.sendAt()), at(draft.expiresAt()), at(now), draft.kind().id(),
					draft.confirmation().name(), draft.escalateAfterMinutes(), id)
			.update();
		jdbc.sql("DELETE FROM notice_translations WHERE notice_id = ?").param(id).update();
		writeTranslations(id, draft.translations());
	}

	/**
	 * Moves the notice only if it is still where the caller saw it, so two staff members
	 * cannot both act.
	 */
	boolean transition(long id, NoticeState from, NoticeState to, Instant now) {
		return jdbc.sql("UPDATE notices SET state = ?, updated_at = ? WHERE id = ? AND state = ?")
			.params(to.name(), at(now), id, from.name())
			.update() == 1;
	}

	/**
	 * Moves the notice from where the caller saw it, or says why it cannot (someone else
	 * moved it first).
	 */
	void move(NoticeRow row, NoticeState from, NoticeState to) {
		if (row.state() != from || !transition(row.id(), from, to, Instant.now())) {
			throw new NoticeStateException(NoticeStateException.Problem.CANNOT_BECOME, String.valueOf(row.id()),
					row.state().name(), to.name());
		}
	}

	/**
	 * Records the approval; whoever changed it before and any earlier return are settled
	 * by it.
	 */
	void approvedBy(long id, String approver) {
		jdbc.sql("UPDATE notices SET approved_by = ?, edited_by = '', returned_by = NULL, returned_at = NULL, "
				+ "return_comment = NULL WHERE id = ?")
			.params(approver, id)
			.update();
	}

	/**
	 * Adds the editor to those who changed the notice since its last approval, which no
	 * longer stands.
	 */
	void editedBy(long id, List<String> editors) {
		jdbc.sql("UPDATE notices SET edited_by = ?, approved_by = NULL WHERE id = ?")
			.params(lines(editors), id)
			.update();
	}

	void returned(long id, Returned returned) {
		jdbc.sql("UPDATE notices SET returned_by = ?, returned_at = ?, return_comment = ? WHERE id = ?")
			.params(returned.by(), at(returned.at()), returned.comment(), id)
			.update();
	}

	/**
	 * Locks the notice's row until the transaction ends, so that staff changing it and
	 * the clock publishing it act one after the other: a publication never sends what was
	 * read before an edit that sent it back to approval.
	 */
	void lock(long id) {
		jdbc.sql("SELECT id FROM notices WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	void audience(long id, Audience audience) {
		jdbc.sql("UPDATE notices SET audience_line = ?, audience_email = ?, audience_all = ? WHERE id = ?")
			.params(audience.line(), audience.email(), audience.residents(), id)
			.update();
	}

	Optional<NoticeRow> find(long id) {
		return jdbc.sql("SELECT * FROM notices WHERE id = ?").param(id).query(this::row).optional();
	}

	List<NoticeRow> recent(int limit) {
		return jdbc.sql("SELECT * FROM notices ORDER BY id DESC LIMIT ?").param(limit).query(this::row).list();
	}

	/** Scheduled notices whose send time has come. */
	List<Long> due(Instant now) {
		return jdbc.sql("SELECT id FROM notices WHERE state = ? AND (send_at IS NULL OR send_at <= ?) ORDER BY id")
			.params(NoticeState.SCHEDULED.name(), at(now))
			.query(Long.class)
			.list();
	}

	private void writeTranslations(long id, Map<String, Translation> translations) {
		translations.forEach((language, t) -> jdbc
			.sql("INSERT INTO notice_translations (notice_id, language, title, body) VALUES (?, ?, ?, ?)")
			.params(id, language, t.title(), t.body())
			.update());
	}

	private NoticeRow row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		Map<String, Translation> translations = new LinkedHashMap<>();
		jdbc.sql("SELECT language, title, body FROM notice_translations WHERE notice_id = ? ORDER BY language")
			.param(id)
			.query(t -> {
				translations.put(t.getString(1), new Translation(t.getString(2), t.getString(3)));
			});
		var draft = new NoticeDraft(rs.getString("title"), rs.getString("body"), rs.getString("link"),
				Severity.valueOf(rs.getString("severity")), AlertStatus.valueOf(rs.getString("alert_status")),
				rs.getString("topic"),
				split(rs.getString("channels")).stream().map(Channel::of).collect(Collectors.toSet()),
				rs.getString("segment_rule"), translations, split(rs.getString("area_names")),
				split(rs.getString("area_codes")), instant(rs, "send_at"), instant(rs, "expires_at"),
				NoticeState.valueOf(rs.getString("state")) == NoticeState.DRAFT, NoticeKind.of(rs.getString("kind")))
			.asking(Confirmation.valueOf(rs.getString("confirmation")),
					rs.getObject("escalate_after_minutes", Integer.class));
		long all = rs.getLong("audience_all");
		Audience audience = rs.wasNull() ? null
				: new Audience(rs.getLong("audience_line"), rs.getLong("audience_email"), all);
		return new NoticeRow(id, draft, NoticeState.valueOf(rs.getString("state")), rs.getInt("revision"),
				rs.getString("created_by"), rs.getString("approved_by"), audience, instant(rs, "sent_at"),
				split(rs.getString("edited_by")), returned(rs));
	}

	/**
	 * The return recorded in the row's {@code returned_by}, {@code returned_at},
	 * {@code return_comment}, or null.
	 */
	static Returned returned(ResultSet rs) throws SQLException {
		String by = rs.getString("returned_by");
		return by == null ? null : new Returned(by, instant(rs, "returned_at"), rs.getString("return_comment"));
	}

	private static String channels(NoticeDraft draft) {
		return draft.channels().stream().map(Channel::id).sorted().collect(Collectors.joining("\n"));
	}

	static String lines(List<String> values) {
		return String.join("\n", values);
	}

	static List<String> split(String lines) {
		return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
