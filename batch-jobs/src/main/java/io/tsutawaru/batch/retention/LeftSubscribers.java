package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Residents who unfollowed the LINE account and receive nothing by e-mail either: their row (attributes,
 * interests, LINE user id) is deleted once they have been gone for the retention period. A resident who left LINE
 * but still receives e-mail is still a subscriber and is kept.
 */
@Component("retention.leftSubscribers")
class LeftSubscribers implements RetentionRule {

	private final NamedParameterJdbcTemplate jdbc;

	LeftSubscribers(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "forgetLeftSubscribers";
	}

	@Override
	public String table() {
		return "subscribers";
	}

	@Override
	public Duration keep(BatchProperties.Retention policy) {
		return policy.leftSubscribers();
	}

	@Override
	public String expiredIds() {
		return "SELECT id FROM subscribers WHERE active = FALSE AND (email IS NULL OR email_confirmed = FALSE) "
				+ "AND updated_at < :cutoff AND id > :after ORDER BY id";
	}

	@Override
	public int purge(List<Long> ids) {
		// Interests go with the row (ON DELETE CASCADE).
		return jdbc.update("DELETE FROM subscribers WHERE id IN (:ids) AND active = FALSE", Map.of("ids", ids));
	}

}
