package io.tsutawaru.notifier.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeDraft.Translation;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView.Returned;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code notice_follow_ups}: the follow-up of a published notice held for
 * approval. Only what a follow-up may change is kept (title, body, link, translations,
 * expiry); the rest is the published notice's.
 */
@Repository
class FollowUpTable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	FollowUpTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the follow-up for approval, replacing one held before; a return stays shown
	 * until it is approved.
	 */
	void hold(long noticeId, NoticeDraft followUp, List<String> editors, Instant now) {
		int changed = jdbc
			.sql("UPDATE notice_follow_ups SET title = ?, body = ?, link = ?, translations = ?, expires_at = ?, "
					+ "state = ?, edited_by = ?, edited_at = ? WHERE notice_id = ?")
			.params(followUp.title(), followUp.body(), followUp.link(),
					JSON.writeValueAsString(followUp.translations()), NoticeTable.at(followUp.expiresAt()),
					NoticeState.AWAITING_APPROVAL.name(), NoticeTable.lines(editors), NoticeTable.at(now), noticeId)
			.update();
		if (changed == 0) {
			jdbc.sql(
					"INSERT INTO notice_follow_ups (notice_id, title, body, link, translations, expires_at, state, edited_by, "
							+ "edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(noticeId, followUp.title(), followUp.body(), followUp.link(),
						JSON.writeValueAsString(followUp.translations()), NoticeTable.at(followUp.expiresAt()),
						NoticeState.AWAITING_APPROVAL.name(), NoticeTable.lines(editors), NoticeTable.at(now))
				.update();
		}
	}

	void returned(long noticeId, Returned returned) {
		jdbc.sql(
				"UPDATE notice_follow_ups SET state = ?, returned_by = ?, returned_at = ?, return_comment = ? WHERE notice_id = ?")
			.params(NoticeState.RETURNED.name(), returned.by(), NoticeTable.at(returned.at()), returned.comment(),
					noticeId)
			.update();
	}

	void delete(long noticeId) {
		jdbc.sql("DELETE FROM notice_follow_ups WHERE notice_id = ?").param(noticeId).update();
	}

	Optional<HeldFollowUp> find(long noticeId) {
		return jdbc.sql("SELECT * FROM notice_follow_ups WHERE notice_id = ?")
			.param(noticeId)
			.query(this::row)
			.optional();
	}

	private HeldFollowUp row(ResultSet rs, int n) throws SQLException {
		Map<String, Translation> translations = JSON.readValue(rs.getString("translations"),
				new TypeReference<Map<String, Translation>>() {
				});
		return new HeldFollowUp(rs.getString("title"), rs.getString("body"), rs.getString("link"), translations,
				NoticeTable.instant(rs, "expires_at"), NoticeState.valueOf(rs.getString("state")),
				NoticeTable.split(rs.getString("edited_by")), NoticeTable.instant(rs, "edited_at"),
				NoticeTable.returned(rs));
	}

	/** A held follow-up as stored: what it changes, where it stands, who wrote it. */
	record HeldFollowUp(String title, String body, String link, Map<String, Translation> translations,
			Instant expiresAt, NoticeState state, List<String> editedBy, Instant editedAt, Returned returned) {

		/**
		 * The published notice as this follow-up would make it: its audience and channels
		 * stay.
		 */
		NoticeDraft applyTo(NoticeDraft published) {
			return DraftChanges.followUp(published, new NoticeDraft(title, body, link, null, null, null, null, null,
					translations, null, null, null, expiresAt, false, null));
		}

	}

}
