package io.tsutawaru.batch.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photos of residents' reports (faces, number plates, homes) once staff closed the report (resolved or declined)
 * longer ago than the retention period. The report itself stays for the statistics; only its photo goes.
 */
@Component("retention.closedReportPhotos")
class ClosedReportPhotos implements RetentionRule {

	private final NamedParameterJdbcTemplate jdbc;

	private final Path photos;

	ClosedReportPhotos(NamedParameterJdbcTemplate jdbc, Environment environment) {
		this.jdbc = jdbc;
		// The bot's setting, read by name: batch-jobs does not depend on the bot module.
		this.photos = Path.of(environment.getProperty("tsutawaru.bot.report-photo-dir", "data/report-photos"))
			.toAbsolutePath()
			.normalize();
	}

	@Override
	public String name() {
		return "deleteClosedReportPhotos";
	}

	@Override
	public String table() {
		return "bot_reports";
	}

	@Override
	public Duration keep(BatchProperties.Retention policy) {
		return policy.reportPhotosAfterClosure();
	}

	@Override
	public String expiredIds() {
		// A closed report changes no more, so its last update is when it was closed.
		return "SELECT id FROM bot_reports WHERE status IN ('RESOLVED', 'DECLINED') AND photo_file IS NOT NULL "
				+ "AND updated_at < :cutoff AND id > :after ORDER BY id";
	}

	@Override
	public int purge(List<Long> ids) {
		List<String> files = jdbc.queryForList("SELECT photo_file FROM bot_reports WHERE id IN (:ids) AND photo_file IS NOT NULL",
				Map.of("ids", ids), String.class);
		int changed = jdbc.update("UPDATE bot_reports SET photo_file = NULL, photo_type = NULL WHERE id IN (:ids)",
				Map.of("ids", ids));
		// Files are removed only once the rows no longer name them, so no report ever points at a missing photo.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.forEach(ClosedReportPhotos.this::delete);
			}
		});
		return changed;
	}

	private void delete(String name) {
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
