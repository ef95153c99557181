package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Hand-offs to staff closed longer ago than the conversation retention, with their messages (residents' own words). */
@Component("retention.closedHandOffs")
class ClosedHandOffs implements RetentionRule {

	private final NamedParameterJdbcTemplate jdbc;

	ClosedHandOffs(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "deleteClosedHandOffs";
	}

	@Override
	public String table() {
		return "bot_hand_offs";
	}

	@Override
	public Duration keep(BatchProperties.Retention policy) {
		return policy.conversations();
	}

	@Override
	public String expiredIds() {
		return "SELECT id FROM bot_hand_offs WHERE closed_at < :cutoff AND id > :after ORDER BY id";
	}

	@Override
	public int purge(List<Long> ids) {
		// The messages go with their hand-off (ON DELETE CASCADE).
		return jdbc.update("DELETE FROM bot_hand_offs WHERE id IN (:ids) AND closed_at IS NOT NULL", Map.of("ids", ids));
	}

}
