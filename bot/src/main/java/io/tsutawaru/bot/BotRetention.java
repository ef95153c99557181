package io.tsutawaru.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bot's retention operations (docs/retention.md): which of its rows hold personal
 * data past a cutoff, and their removal. The retention job decides when and in what
 * chunks; the bot alone knows its tables. Each pair is a query for the ids after
 * {@code after} (ascending, at most {@code limit}) and a purge of such ids, meant for the
 * caller's transaction. A missing table fails the query: a rule never quietly deletes
 * nothing.
 */
@Component("bot.retention")
public class BotRetention {

	private final JdbcClient jdbc;

	private final Path photos;

	BotRetention(JdbcClient jdbc, BotProperties properties) {
		this.jdbc = jdbc;
		this.photos = properties.reportPhotoDir().toAbsolutePath().normalize();
	}

	/**
	 * Entries of the conversation log (who asked what kind of thing when) written before
	 * the cutoff.
	 */
	public List<Long> conversationLogBefore(OffsetDateTime cutoff, long after, int limit) {
		return ids("SELECT id FROM bot_conversation_log WHERE at < ? AND id > ? ORDER BY id LIMIT ?", cutoff, after,
				limit);
	}

	/** Deletes these conversation-log entries; returns how many went. */
	public int deleteConversationLog(List<Long> ids) {
		return jdbc.sql("DELETE FROM bot_conversation_log WHERE id IN (:ids)").param("ids", ids).update();
	}

	/** Hand-offs to staff closed before the cutoff (open ones are never taken). */
	public List<Long> handOffsClosedBefore(OffsetDateTime cutoff, long after, int limit) {
		return ids("SELECT id FROM bot_hand_offs WHERE closed_at < ? AND id > ? ORDER BY id LIMIT ?", cutoff, after,
				limit);
	}

	/**
	 * Deletes these closed hand-offs with their messages (residents' own words, ON DELETE
	 * CASCADE).
	 */
	public int deleteClosedHandOffs(List<Long> ids) {
		return jdbc.sql("DELETE FROM bot_hand_offs WHERE id IN (:ids) AND closed_at IS NOT NULL")
			.param("ids", ids)
			.update();
	}

	/**
	 * Cards the bot answered questions with (the question in the resident's words), asked
	 * before the cutoff.
	 */
	public List<Long> questionCardsBefore(OffsetDateTime cutoff, long after, int limit) {
		return ids("SELECT id FROM bot_question_cards WHERE asked_at < ? AND id > ? ORDER BY id LIMIT ?", cutoff, after,
				limit);
	}

	/** Deletes these question cards. */
	public int deleteQuestionCards(List<Long> ids) {
		return jdbc.sql("DELETE FROM bot_question_cards WHERE id IN (:ids)").param("ids", ids).update();
	}

	/**
	 * Reports closed (resolved or declined) before the cutoff that still have a photo.
	 */
	public List<Long> reportPhotosClosedBefore(OffsetDateTime cutoff, long after, int limit) {
		// A closed report changes no more, so its last update is when it was closed.
		return ids("SELECT id FROM bot_reports WHERE status IN ('RESOLVED', 'DECLINED') AND photo_file IS NOT NULL "
				+ "AND updated_at < ? AND id > ? ORDER BY id LIMIT ?", cutoff, after, limit);
	}

	/**
	 * Removes the photos of these reports (faces, number plates, homes); the reports stay
	 * for the statistics. The files are deleted once the transaction committed, so no
	 * report ever names a missing photo.
	 */
	public int deleteReportPhotos(List<Long> ids) {
		List<String> files = jdbc
			.sql("SELECT photo_file FROM bot_reports WHERE id IN (:ids) AND photo_file IS NOT NULL")
			.param("ids", ids)
			.query(String.class)
			.list();
		int changed = jdbc.sql("UPDATE bot_reports SET photo_file = NULL, photo_type = NULL WHERE id IN (:ids)")
			.param("ids", ids)
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.forEach(BotRetention.this::deletePhoto);
			}
		});
		return changed;
	}

	private List<Long> ids(String sql, OffsetDateTime cutoff, long after, int limit) {
		return jdbc.sql(sql).params(cutoff, after, limit).query(Long.class).list();
	}

	private void deletePhoto(String name) {
		Path file = photos.resolve(name).normalize();
		if (!file.startsWith(photos)) {
			return; // never follow a name out of the photo directory
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
