package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bot's conversation log (who asked what kind of thing when, for statistics) and the messages of closed
 * hand-offs to staff, which hold residents' own words.
 */
@Component("retention.conversationLog")
class ConversationLog implements RetentionRule {

	private final NamedParameterJdbcTemplate jdbc;

	ConversationLog(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "deleteConversationLog";
	}

	@Override
	public String table() {
		return "bot_conversation_log";
	}

	@Override
	public Duration keep(BatchProperties.Retention policy) {
		return policy.conversations();
	}

	@Override
	public String expiredIds() {
		return "SELECT id FROM bot_conversation_log WHERE at < :cutoff AND id > :after ORDER BY id";
	}

	@Override
	public int purge(List<Long> ids) {
		return jdbc.update("DELETE FROM bot_conversation_log WHERE id IN (:ids)", Map.of("ids", ids));
	}

}
